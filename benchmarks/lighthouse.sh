#!/usr/bin/env bash
# Lighthouse scores (mobile form factor) for the home page and one article of a
# fresh build of the site, served on 127.0.0.1 with Python's http.server.
#
#   benchmarks/lighthouse.sh [site.toml]
#
# Installs npm `lighthouse` into benchmarks/node_modules on first use (not
# committed: see .gitignore) and drives the system Chromium ($CHROME_PATH,
# default /usr/bin/chromium). Prints performance, accessibility,
# best-practices and SEO per page; full reports go to benchmarks/out/lighthouse/.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
config=${1:-$root/site.toml}
python=${PYTHON:-$root/.venv/bin/python}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
lighthouse=$here/node_modules/.bin/lighthouse
reports=$here/out/lighthouse

if [ ! -x "$lighthouse" ]; then
  npm install --prefix "$here" --no-save --no-package-lock --no-audit --no-fund lighthouse@12 >&2
fi

work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# base_url is where the pages are served, so canonical links and robots.txt are absolute and same-origin
"$python" -m builder build --config "$config" --output "$work/site" --base-url "http://127.0.0.1:$port/" --quiet
"$python" -m http.server --bind 127.0.0.1 --directory "$work/site" "$port" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.1; done

article=$(cd "$work/site" && ls -d articles/*/ | head -n 1)
mkdir -p "$reports"
printf '%-48s %11s %13s %14s %5s\n' page performance accessibility best-practices seo
for page in "" "$article"; do
  name=$(basename "${page:-home}")
  "$lighthouse" "http://127.0.0.1:$port/$page" --quiet --form-factor=mobile \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
    --output=json --output-path="$reports/$name.json"
  node -e '
    const r = require(process.argv[1]);
    const s = (k) => Math.round(r.categories[k].score * 100);
    console.log(process.argv[2].padEnd(48), String(s("performance")).padStart(11), String(s("accessibility")).padStart(13),
                String(s("best-practices")).padStart(14), String(s("seo")).padStart(5));
    for (const [k, c] of Object.entries(r.categories))
      for (const ref of c.auditRefs)
        if (ref.weight > 0 && r.audits[ref.id].score !== null && r.audits[ref.id].score < 0.9)
          console.log("   ", k, "·", ref.id, "·", r.audits[ref.id].title, r.audits[ref.id].displayValue || "");
  ' "$reports/$name.json" "/${page}"
done
