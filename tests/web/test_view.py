"""How the result page cuts a section's text into highlights: one mark per quote, nested
where quotes nest, split where they cross, shared where findings quote the same words."""

from __future__ import annotations

from audit.web.view import Piece, cut, nearest


def marks(text: str, spans: dict[tuple[int, int], list[str]]) -> tuple[str, dict[str, str]]:
    counter = iter(range(1, 100))
    pieces, first = cut(text, spans, lambda ids: "high", lambda: f"m{next(counter)}")
    html = "".join(p.text if p.kind == "text" else (f"<{'+'.join(p.fixes)}>" if p.kind == "open" else "</>")
                   for p in pieces)
    return html, first


def covered(text: str, spans: dict[tuple[int, int], list[str]], fix: str) -> str:
    counter = iter(range(1, 100))
    pieces, _ = cut(text, spans, lambda ids: "high", lambda: f"m{next(counter)}")
    open_fixes: list[tuple[str, ...]] = []
    out = ""
    for piece in pieces:
        if piece.kind == "open":
            open_fixes.append(piece.fixes)
        elif piece.kind == "close":
            open_fixes.pop()
        elif any(fix in fixes for fixes in open_fixes):
            out += piece.text
    return out


def test_separate_nested_and_shared_quotes() -> None:
    text = "Access to support as required."
    html, first = marks(text, {(0, 9): ["a"], (18, 29): ["b", "c"], (0, 30): ["d"]})
    assert html == "<d><a>Access to</> support <b+c>as required</>.</>"
    assert set(first) == {"a", "b", "c", "d"}


def test_crossing_quotes_are_split_so_marks_nest_and_each_quote_is_whole() -> None:
    text = "one two three four"
    spans = {(0, 13): ["x"], (8, 18): ["y"]}
    html, first = marks(text, spans)
    assert html == "<x>one two <y>three</></><y> four</>"
    assert covered(text, spans, "x") == "one two three"
    assert covered(text, spans, "y") == "three four"
    assert first["y"] == "m2"


def test_spans_outside_the_text_are_ignored() -> None:
    html, first = marks("short", {(2, 99): ["z"], (3, 3): ["e"]})
    assert html == "short" and first == {}


def test_nearest_occurrence() -> None:
    assert nearest("as required, then as required", "as required", 20) == 18
    assert nearest("as required", "as required", None) == 0
    assert nearest("nothing here", "as required", 3) == -1


def test_pieces_carry_raw_text_for_the_template_to_escape() -> None:
    counter = iter(range(1, 9))
    pieces, _ = cut("<b>x</b>", {(3, 4): ["f"]}, lambda ids: "low", lambda: f"m{next(counter)}")
    assert pieces[0] == Piece("text", "<b>")  # escaped by Jinja, never by hand
