"""The one place that runs the stages: load → clean → extract → site → render → write.

Stages never call each other; each takes the previous stage's data object.
`Builder` keeps what it learnt between builds (processed articles in memory,
on disk in the cache, the manifest in the output), so `serve` and repeated
builds only redo what changed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import itertools
import os
import pickle
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from builder import THEME, load, lock, write
from builder.cache import ProcessCache, code_fingerprint
from builder.config import Config, load_config
from builder.errors import UserError

if TYPE_CHECKING:  # the heavy stages are imported when there is work for them
    from builder import clean, site

PARALLEL_MIN_FILES = 8  # below this a process pool costs more than it saves


@dataclass
class BuildReport:
    articles: int = 0
    files: int = 0  # files in the output
    rendered: int = 0  # files rendered this time
    written: int = 0  # files whose bytes changed on disk
    processed: int = 0  # sources cleaned and extracted this time (cache misses)
    seconds: dict[str, float] = field(default_factory=dict)  # per stage
    warnings: list[str] = field(default_factory=list)


def process(source: load.Source, stories: list | None = None) -> list[site.Processed]:
    """Clean and extract one source file: a pure function of its contents.
    stories: its clean stories, when the caller already has them."""
    from builder import clean, extract, site

    stories = clean.clean(source) if stories is None else stories
    return [site.Processed(story, extract.extract(story), source.digest) for story in stories]


def digest_file(path: Path) -> dict:
    """The JSON digest of one article file (the `extract` command)."""
    path = Path(path)
    if not path.is_file():
        raise UserError("no such article file", path)
    source = load.load_source(path.resolve(), path.resolve().parent)
    from builder import site

    return site.digest_json(process(source))


def build(
    config_path: Path,
    output: Path | None = None,
    log: Callable[[str], None] = print,
    jobs: int | None = None,
    base_url: str | None = None,
    progress: bool = False,
    wait: bool = True,
) -> BuildReport:
    config = load_config(config_path, base_url=base_url)
    output = Path(output or config.output_path)
    # One build at a time per output (builder/lock.py); serve writes elsewhere and takes none.
    with lock.output_lock(output, config.root / ".cache" / "zhaiyao", wait=wait, log=log):
        return Builder(config, output, log=log, jobs=jobs, progress=progress).build()


def _process_safely(
    source: load.Source, cache: ProcessCache, pickled: bool = True, stories: list | None = None
) -> tuple[str, bytes | list | str]:
    """Worker: (source hash, the result or the warning that replaces it). The result is
    pickled once, for the cache (written here) and, from a worker, for the way back."""
    try:
        result = process(source, stories)
        payload = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        cache.put(source.digest, payload)
        return source.digest, payload if pickled else result
    except UserError as exc:
        return source.digest, str(exc)
    except Exception as exc:  # a bug must not take the whole site down: report the file
        return source.digest, f"{source.path}: internal error while cleaning/extracting: {exc!r}"


def _process_many(sources: list[load.Source], cache: ProcessCache) -> list[tuple[str, bytes | str]]:
    """Worker: _process_safely for each of a chunk of sources, cleaned first and their
    sentences tagged for names all together (the tagger is fastest on many sentences
    of similar length at once; extraction then finds them in its memo)."""
    from builder import clean
    from builder.extract import ner
    from builder.text import sentences_of

    cleaned: dict[int, list] = {}
    for k, source in enumerate(sources):
        try:
            cleaned[k] = clean.clean(source)
        except Exception:  # noqa: BLE001  (cleaned again in its own run, which reports it)
            continue
    ner.mentions(
        [
            s.norm
            for stories in cleaned.values()
            for story in stories
            for s in sentences_of([b.text for b in story.blocks])
        ]
    )
    return [_process_safely(source, cache, stories=cleaned.get(k)) for k, source in enumerate(sources)]


def _load_segmenter() -> None:
    """Worker start: the segmenter, its dictionary and the name tagger, before the first file."""
    from builder.extract import ner, segment

    segment.preload()
    ner.load()


def _unpickled(outcome: tuple[str, bytes | str]) -> tuple[str, list[site.Processed] | str]:
    digest, result = outcome
    return digest, pickle.loads(result) if isinstance(result, bytes) else result


class Builder:
    def __init__(
        self,
        config: Config,
        output: Path,
        log: Callable[[str], None] = print,
        jobs: int | None = None,
        use_cache: bool = True,
        atomic: bool = True,
        progress: bool = False,
        search_in_background: ThreadPoolExecutor | None = None,
    ):
        self.config, self.output, self.log, self.atomic = config, Path(output), log, atomic
        self.progress = progress
        self.search_in_background = search_in_background  # serve passes a one-thread executor
        self._search_generation = 0
        self.jobs = jobs or os.cpu_count() or 1
        cache_dir = config.root / ".cache" / "zhaiyao" if use_cache else None
        self._cache_dir = cache_dir
        self.settings = self._extraction_settings()
        self.cache = ProcessCache(cache_dir, settings=self.settings)
        self.memory: dict[str, list[site.Processed]] = {}  # source hash -> result, kept between builds
        self.loaded: dict[Path, tuple[str, load.Source]] = {}  # path -> (size:mtime, source), likewise
        self._env = None  # the Jinja environment, once needed
        self._model = None  # the last site model, which the next may reuse

    def _extraction_settings(self) -> str:
        """The extraction settings with the user dictionary's contents, which also
        selects the segmenter for them (read again at every build: `serve` sees an edit)."""
        user_dict = self.config.root / self.config.extract.user_dict if self.config.extract.user_dict else None
        if user_dict is None and "builder.extract.segment" not in sys.modules:
            return repr(self.config.extract)  # a no-op build imports no NLP module at all
        from builder.extract import segment  # cheap: the segmenter itself loads on first use

        try:
            return f"{self.config.extract!r}{segment.use_user_dict(user_dict)}"
        except OSError as exc:
            raise UserError(f"cannot read the user dictionary: {exc.strerror}", user_dict) from None

    def build(self) -> BuildReport:
        settings = self._extraction_settings()
        if settings != self.settings:  # the user dictionary was edited: nothing extracted before holds
            self.settings, self.memory = settings, {}
            self.cache = ProcessCache(self._cache_dir, settings=settings)
        with _gc_paused(), contextlib.ExitStack() as cleanup:
            return self._build(cleanup)

    def _build(self, cleanup: contextlib.ExitStack) -> BuildReport:
        report = BuildReport()
        clock = _Clock(report.seconds)
        config = self.config
        if not config.content_path.is_dir():
            raise UserError("content folder not found", config.content_path)
        write.check_output_folder(self.output, [config.root, config.content_path, config.layouts_path])

        with clock("load"):
            stamps = {path: _stat_stamp(path) for path in load.find_articles(config.content_path)}
            inputs = self._inputs_key(stamps)
            manifest = write.read_manifest(self.output)
            search_missing = config.search and not (self.output / "pagefind").is_dir()
            unchanged = (
                manifest.inputs == inputs and write.outputs_present(self.output, manifest) and not search_missing
            )
            workers = None if unchanged else self._start_workers_early(len(stamps), cleanup)
            sources = [] if unchanged else self._load(stamps, report)
        if unchanged:
            report.files, report.warnings = len(manifest.files), manifest.warnings
            self.log(f"nothing changed ({report.files} files in {self.output}), {sum(report.seconds.values()):.2f} s")
            return report
        from builder import render, site  # only now: a no-op build never imports them

        with clock("clean+extract"):
            processed = self._process(sources, report, meanwhile=self._prepare_output_stages, workers=workers)
            del sources  # their text lives on in the results: do not hold it twice
        with clock("model"):
            modified = {
                path.relative_to(config.content_path).as_posix(): int(stamp.rsplit(":", 1)[1]) / 1e9
                for path, stamp in stamps.items()
                if stamp != "unreadable"
            }
            model = self._model = site.build_model(config, processed, previous=self._model, modified=modified)
            report.warnings.extend(model.warnings)
        with clock("plan"):
            env = self._env
            plans = render.plan_site(config, model, env)
            absent = write.missing(self.output, [p.path for p in plans if manifest.files.get(p.path) == p.signature])
            todo = [p for p in plans if manifest.files.get(p.path) != p.signature or p.path in absent]
        with clock("render+write"):  # each file is written as it is rendered
            todo_paths = {p.path for p in todo}
            kept = [p.path for p in plans if p.path not in todo_paths]
            new_manifest = write.Manifest(inputs, {p.path: p.signature for p in plans}, report.warnings)
            try:
                with write.SiteWriter(self.output, manifest, new_manifest, atomic=self.atomic) as writer:
                    for path, written in render.render_pages(config, env, todo, writer.store, jobs=self.jobs):
                        writer.record(path, written)
                    report.written = writer.finish(kept)
            except OSError as exc:  # disk full, permission denied, read-only, name too long
                raise write.write_error(exc, self.output) from None
        with clock("search"):  # after the write: Pagefind indexes the finished pages (see builder/search.py)
            self._index_search(model, new_manifest.files, report)
        report.articles, report.files, report.rendered = len(model.articles), len(plans), len(todo)
        total = sum(report.seconds.values())
        self.log(
            f"built {report.articles} articles: {report.rendered} of {report.files} files rendered, "
            f"{report.written} changed, in {self.output} ({total:.2f} s)"
        )
        return report

    def _index_search(self, model: site.Site, signatures: dict[str, str], report: BuildReport) -> None:
        if not self.config.search:
            return
        from builder import search

        if self.search_in_background is None:
            report.warnings.extend(search.index_site(self.config, self.output, model, signatures, jobs=self.jobs))
            return
        # serve: pages are live at once; the index follows, and only the newest model is indexed
        self._search_generation += 1
        generation = self._search_generation

        def job() -> None:
            if generation == self._search_generation:
                # One shard at a time, at a lower priority: a save's rebuild comes first. On
                # Linux a thread has its own nice value, which the processes it starts inherit.
                with contextlib.suppress(OSError, AttributeError):
                    os.setpriority(os.PRIO_PROCESS, 0, 10)
                for warning in search.index_site(self.config, self.output, model, signatures, jobs=1):
                    self.log(f"warning: {warning}")

        self.search_in_background.submit(job)

    def _load(self, stamps: dict[Path, str], report: BuildReport) -> list[load.Source]:
        sources = []
        loaded: dict[Path, tuple[str, load.Source]] = {}
        for path, stamp in stamps.items():
            known = self.loaded.get(path)
            try:
                # serve: a file whose size and time did not change, and whose result is in memory, is not read again
                if known and known[0] == stamp and known[1].digest in self.memory:
                    source = known[1]
                else:
                    source = load.load_source(path, self.config.content_path)
            except UserError as exc:  # one bad file never stops the build
                report.warnings.append(str(exc))
                continue
            # the text lives on in the results
            loaded[path] = (stamp, dataclasses.replace(source, text="") if source.text else source)
            report.warnings.extend(source.warnings)
            sources.append(source)
        self.loaded = loaded
        return sources

    def _inputs_key(self, stamps: dict[Path, str]) -> str:
        """Everything the output depends on: code, config, layouts, articles. Files
        count by size and modification time (a stat, no read): a touched but unchanged
        file costs a build that then finds everything cached and writes nothing."""
        h = hashlib.sha256(f"{code_fingerprint()}\n{self.config!r}\n{self.settings}\n".encode())
        for layouts in (self.config.layouts_path, THEME):  # the site's templates, then the built-in ones
            for path in sorted(layouts.rglob("*")) if layouts.is_dir() else []:
                if path.is_file():
                    h.update(path.relative_to(layouts).as_posix().encode() + b"\0" + path.read_bytes())
        for path, stamp in stamps.items():
            h.update(
                f"{path.relative_to(self.config.content_path).as_posix()}\0{stamp}\n".encode(errors="surrogateescape")
            )
        return h.hexdigest()

    def _start_workers_early(self, files: int, cleanup: contextlib.ExitStack) -> ProcessPoolExecutor | None:
        """A cold build (nothing cached for this code and settings) will extract every
        file: its workers start now and load the segmenter while this process reads
        the files, instead of after."""
        if self.jobs < 2 or files < PARALLEL_MIN_FILES or self.memory or not self.cache.is_empty():
            return None
        from builder import site  # noqa: F401  before the fork: the workers need the stages

        workers = cleanup.enter_context(ProcessPoolExecutor(self.jobs, initializer=_load_segmenter))
        workers.submit(int)  # with fork, the first task starts every worker
        return workers

    def _prepare_output_stages(self) -> None:
        """What the model and render stages need loaded: pypinyin for slugs, the Jinja
        environment (kept between builds: Jinja recompiles only templates that changed)
        and its compiled templates. Runs while the workers clean and extract."""
        from builder import render, slugs

        slugs.preload()
        if self._env is None:
            self._env = render.environment(self.config.layouts_path)
        render.compile_templates(self._env)

    def _process(
        self,
        sources: list[load.Source],
        report: BuildReport,
        meanwhile: Callable[[], None],
        workers: ProcessPoolExecutor | None = None,
    ) -> list[site.Processed]:
        from builder import site  # before the workers fork: they need it too

        results: dict[str, list[site.Processed]] = {}
        missing = []
        for source in sources:
            found = self.memory.get(source.digest) or self.cache.get(source.digest)
            if found is None:
                missing.append(source)
            else:
                results[source.digest] = found
        report.processed = len(missing)
        if missing:
            self.log(
                f"cleaning and extracting {len(missing)} of {len(sources)} files ({len(sources) - len(missing)} cached)"
            )
        parallel = len(missing) >= PARALLEL_MIN_FILES and self.jobs > 1
        if parallel and workers is None:
            workers = ProcessPoolExecutor(self.jobs, initializer=_load_segmenter)
        # leaving `with workers` ends them: their memory is free before the render workers fork
        with workers or contextlib.nullcontext(), _progress(len(missing), self.progress) as bar:
            if parallel:
                size = max(1, min(16, len(missing) // (self.jobs * 8)))
                chunks = [missing[i : i + size] for i in range(0, len(missing), size)]
                work = workers.map(_process_many, chunks, itertools.repeat(self.cache))
                meanwhile()  # the work is queued and the workers are forked: use the idle main process
                outcomes = []
                for digest, outcome in map(_unpickled, itertools.chain.from_iterable(work)):  # as they come
                    if not isinstance(outcome, str):
                        site.warm(outcome)  # the site model's work on each story, done ahead
                    outcomes.append(bar.tick((digest, outcome)))
            else:
                meanwhile()
                outcomes = [bar.tick(_process_safely(s, self.cache, pickled=False)) for s in missing]
        for digest, outcome in outcomes:
            if isinstance(outcome, str):
                report.warnings.append(outcome)
            else:
                results[digest] = outcome
        self.memory = results
        out = []
        for source in sources:
            for item in results.get(source.digest, []):
                # the same bytes may sit in two files: the story belongs to this one
                if item.story.source != source.rel:
                    item = site.Processed(_moved(item.story, source.rel), item.digest, item.source_hash)
                report.warnings.extend(f"{source.rel}: {w}" for w in item.story.warnings)
                out.append(item)
        return out


@contextlib.contextmanager
def _gc_paused():
    """A build makes millions of objects and frees few, so CPython's cycle collector
    only walks the growing heap again and again (about a tenth of a build, and it
    doubles unpickling). It is off for the build, in the main process and in the
    clean + extract workers forked from it (extraction makes no cycles), and back on
    after (serve collects between builds). Render workers turn it back on for what
    they make (builder/render.py)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _stat_stamp(path: Path) -> str:
    try:
        st = path.stat()
        return f"{st.st_size}:{st.st_mtime_ns}"
    except OSError:
        return "unreadable"


def _moved(story: clean.Story, rel: str) -> clean.Story:
    return dataclasses.replace(story, source=rel)


class _progress:
    """A tqdm bar on a terminal for long runs; nothing otherwise (CI gets the log lines)."""

    def __init__(self, total: int, enabled: bool):
        self.bar = None
        if enabled and total >= PARALLEL_MIN_FILES and sys.stderr.isatty() and not os.environ.get("CI"):
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="file", delay=1.0, leave=False)  # shows after 1 s only

    def tick(self, item):
        if self.bar is not None:
            self.bar.update(1)
        return item

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.close()


class _Clock:
    """Adds the wall time of each `with clock(stage):` block to a dict."""

    def __init__(self, seconds: dict[str, float]):
        self.seconds = seconds

    def __call__(self, stage: str):
        self.stage = stage
        return self

    def __enter__(self):
        self.start = time.perf_counter()

    def __exit__(self, *exc):
        self.seconds[self.stage] = self.seconds.get(self.stage, 0.0) + time.perf_counter() - self.start
