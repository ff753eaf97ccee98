import os
import sys

from builder.cli import main

try:
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
except BrokenPipeError:  # output piped into a reader that stopped early (`| head`): no traceback
    code = 1
# Every command has cleaned up after itself by now (its `finally` blocks ran). Exit
# without freeing the site model object by object: that took up to 0.7 s after a
# 1,000-article build, and the operating system reclaims the memory at once anyway.
os._exit(code)
