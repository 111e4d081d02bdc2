"""Load a rubric file, validate it, and return a typed `Rubric` the pipeline can run.

A rubric is YAML checked against rubrics/schema.json; it may `extends:` another rubric and
change only what differs. Every problem is a `RubricError` naming the file, the JSON path and
the reason, e.g. `council.yaml: $.criteria[3].weight: -1 is less than the minimum of 0`.
"""

from __future__ import annotations

import ast
import copy
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Literal

import jsonschema
import yaml
from pydantic import BaseModel, ConfigDict, Field, SerializeAsAny, ValidationError

from audit.checks import Params, RegisteredCheck, load_all
from audit.errors import RubricError
from audit.lexicon import Lexicon, LexiconEntry, load_lexicon
from audit.model import DocumentKind

DEFAULT_RUBRIC = "inspection"
# The bundled rubric each kind of document is graded against unless told otherwise.
DEFAULT_RUBRICS: dict[str, str] = {"plan": DEFAULT_RUBRIC, "health_advice": "health-advice"}


# --- Where bundled rubrics live -------------------------------------------------------------


def bundled_dir() -> Path:
    """The folder of bundled rubrics: package `audit.rubrics` (rubrics/ in the repository).

    `importlib.resources` finds it in normal and editable installs; running from a source
    checkout that was never installed, it is the rubrics/ folder beside the package.
    """
    try:
        # rubrics/ has no __init__.py, so an installed `audit.rubrics` may be a namespace
        # package whose files() is a MultiplexedPath; joining a file name gives a real path.
        return Path(str(resources.files("audit.rubrics").joinpath("schema.json"))).parent
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "rubrics"


def bundled_ids() -> list[str]:
    """Ids of the rubrics that ship with the tool (inspection, health-advice, ...)."""
    return sorted(p.stem for p in bundled_dir().glob("*.yaml"))


@lru_cache(maxsize=1)
def rubric_schema() -> dict[str, Any]:
    return json.loads((bundled_dir() / "schema.json").read_text(encoding="utf-8"))


# --- applies_when: a tiny, safe expression language -----------------------------------------
#
# `year_group >= 9`, `age >= 14`, `kind == "plan"`, combined with and/or/not and brackets,
# and `in` over a literal list. Parsed with Python's own parser but evaluated by walking a
# whitelist of node types: nothing is ever eval'd. Facts may be unknown (None): a comparison
# with an unknown fact is unknown, and/or/not follow three-valued (Kleene) logic, and a
# criterion whose condition is unknown STILL APPLIES, so that a plan with no date of birth
# and no year group is graded on what is missing rather than silently excused.

CONDITION_FACTS: dict[str, str] = {
    "year_group": "national curriculum year group (Reception 0, nursery -1, Years 1-13, 14+ after)",
    "age": "age in whole years on the audit date",
    "kind": 'document kind: "plan" or "health_advice"',
    "primary_need": "the primary need stated on the plan, if any",
}

_COMPARE: dict[type[ast.cmpop], Callable[[Any, Any], bool]] = {
    ast.Eq: lambda a, b: a == b,
    ast.NotEq: lambda a, b: a != b,
    ast.Lt: lambda a, b: a < b,
    ast.LtE: lambda a, b: a <= b,
    ast.Gt: lambda a, b: a > b,
    ast.GtE: lambda a, b: a >= b,
    ast.In: lambda a, b: a in b,
    ast.NotIn: lambda a, b: a not in b,
}


class ConditionError(ValueError):
    """An applies_when expression outside the language."""


@dataclass(frozen=True)
class Condition:
    """A parsed applies_when expression; `evaluate(facts)` gives True, False or None (unknown)."""

    source: str
    tree: ast.Expression

    @classmethod
    def parse(cls, source: str) -> "Condition":
        try:
            tree = ast.parse(source.strip(), mode="eval")
        except SyntaxError as exc:
            raise ConditionError(f"cannot parse {source!r}: {exc.msg}") from None
        _validate(tree.body)
        return cls(source=source, tree=tree)

    @property
    def facts(self) -> list[str]:
        """The fact names the expression reads, sorted."""
        return sorted({n.id for n in ast.walk(self.tree) if isinstance(n, ast.Name)})

    def evaluate(self, facts: dict[str, Any]) -> bool | None:
        return _truth(self.tree.body, facts)


def _validate(node: ast.AST) -> None:
    if isinstance(node, ast.BoolOp):
        for value in node.values:
            _validate(value)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        _validate(node.operand)
    elif isinstance(node, ast.Compare):
        for op in node.ops:
            if type(op) not in _COMPARE:
                raise ConditionError(f"operator {type(op).__name__} is not allowed")
        for operand in (node.left, *node.comparators):
            _validate_operand(operand)
    elif isinstance(node, ast.Name):
        _validate_operand(node)  # a bare fact: true when known and truthy
    else:
        raise ConditionError(
            f"{type(node).__name__} is not allowed; write comparisons such as 'year_group >= 9' joined by and/or/not"
        )


def _validate_operand(node: ast.AST) -> None:
    if isinstance(node, ast.Name):
        if node.id not in CONDITION_FACTS:
            raise ConditionError(f"unknown fact {node.id!r} (known: {', '.join(sorted(CONDITION_FACTS))})")
    elif isinstance(node, ast.Constant):
        if not isinstance(node.value, (int, float, str, bool)) and node.value is not None:
            raise ConditionError(f"constant {node.value!r} is not allowed")
    elif isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            if not isinstance(element, ast.Constant):
                raise ConditionError("a list in a condition may hold only numbers and strings")
            _validate_operand(element)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant):
        _validate_operand(node.operand)  # -1 (nursery)
    else:
        raise ConditionError(f"{type(node).__name__} is not allowed as a value")


def _value(node: ast.AST, facts: dict[str, Any]) -> Any:
    if isinstance(node, ast.Name):
        return facts.get(node.id)
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, (ast.List, ast.Tuple)):
        return tuple(_value(e, facts) for e in node.elts)
    if isinstance(node, ast.UnaryOp):  # validated: a negative number
        return -_value(node.operand, facts)
    raise ConditionError(f"{type(node).__name__} is not allowed")  # pragma: no cover - validated


def _truth(node: ast.AST, facts: dict[str, Any]) -> bool | None:
    if isinstance(node, ast.BoolOp):
        results = [_truth(v, facts) for v in node.values]
        if isinstance(node.op, ast.And):
            return False if False in results else (None if None in results else True)
        return True if True in results else (None if None in results else False)
    if isinstance(node, ast.UnaryOp):
        inner = _truth(node.operand, facts)
        return None if inner is None else not inner
    if isinstance(node, ast.Name):
        value = facts.get(node.id)
        return None if value is None else bool(value)
    assert isinstance(node, ast.Compare)
    left = _value(node.left, facts)
    outcome: bool | None = True
    for op, right_node in zip(node.ops, node.comparators):
        right = _value(right_node, facts)
        if left is None or right is None:
            outcome = None
        else:
            try:
                if not _COMPARE[type(op)](left, right):
                    return False
            except TypeError:  # 'Year 9' >= 9: a fact of the wrong type is unknown, not a crash
                outcome = None
        left = right
    return outcome


# --- The typed rubric -----------------------------------------------------------------------


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ScaleGrade(_Frozen):
    grade: int | Literal["N/A"]
    label: str
    meaning: str = ""


class LimitRule(_Frozen):
    """If any applicable criterion (or any of `criteria`) is graded `if_any_grade` or below,
    the overall grade is at most `cap`."""

    if_any_grade: int
    cap: int
    criteria: tuple[str, ...] = ()


class OverallRule(_Frozen):
    method: Literal["weighted_mean"] = "weighted_mean"
    rounding: Literal["half_up"] = "half_up"
    limits: tuple[LimitRule, ...] = ()


class CriterionSpec(BaseModel):
    """One criterion as the rubric defines it; `params` is the check's validated Params."""

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    id: str
    title: str
    check: str
    params: SerializeAsAny[Params]
    weight: float
    sections: tuple[str, ...] = ()
    applies_when: str | None = None
    descriptors: dict[str, str]
    guidance: str
    sources: tuple[str, ...] = ()

    @cached_property
    def condition(self) -> Condition | None:
        return Condition.parse(self.applies_when) if self.applies_when else None

    def applies(self, facts: dict[str, Any]) -> bool:
        """Whether the criterion is graded for a plan with these facts (unknown -> applies)."""
        condition = self.condition
        return condition is None or condition.evaluate(facts) is not False

    def descriptor(self, grade: int | None) -> str:
        return self.descriptors.get(str(grade), "") if grade is not None else ""


class Rubric(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    id: str
    version: str
    title: str
    description: str = ""
    # Which documents the rubric grades: EHC plans, or health advice for an EHC needs assessment.
    document_kind: DocumentKind = "plan"
    sources: tuple[str, ...] = ()
    scale: tuple[ScaleGrade, ...]
    overall: OverallRule
    criteria: tuple[CriterionSpec, ...]
    lexicons: dict[str, Lexicon] = Field(default_factory=dict)
    path: str
    extends: tuple[str, ...] = ()  # the chain of files this rubric was built on, nearest first

    def criterion(self, criterion_id: str) -> CriterionSpec:
        for spec in self.criteria:
            if spec.id == criterion_id:
                return spec
        raise KeyError(criterion_id)

    @property
    def criterion_ids(self) -> list[str]:
        return [c.id for c in self.criteria]


# --- Reading and merging files --------------------------------------------------------------


def _plain(value: Any) -> Any:
    """YAML as JSON would have it: keys as strings (descriptors `4:`), dates as ISO text."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        # libyaml's loader where installed (same safe subset, several times faster).
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except FileNotFoundError:
        raise RubricError(str(path), "no such rubric file") from None
    except IsADirectoryError:
        raise RubricError(str(path), "is a folder, not a rubric file") from None
    except UnicodeDecodeError:
        raise RubricError(str(path), "not a text file (a rubric is YAML)") from None
    except OSError as exc:
        raise RubricError(str(path), f"cannot read: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise RubricError(str(path), f"not valid YAML{where}: {problem}") from None
    if not isinstance(raw, dict):
        raise RubricError(str(path), "a rubric file must be a mapping with id, version, title and criteria")
    return _plain(raw)


def _schema_error(path: Path, document: dict[str, Any]) -> RubricError | None:
    validator = jsonschema.Draft202012Validator(rubric_schema())
    errors = list(validator.iter_errors(document))
    if not errors:
        return None
    # The deepest, then first-in-document error: the one nearest what the user typed.
    best = jsonschema.exceptions.best_match(errors, key=jsonschema.exceptions.relevance)
    leaf = best
    while leaf.context:
        leaf = jsonschema.exceptions.best_match(leaf.context)
    message = leaf.message
    if leaf.validator == "additionalProperties":
        message = message.replace("Additional properties are not allowed", "unknown key")
    return RubricError(str(path), message, leaf.json_path)


def _resolve(reference: str, relative_to: Path | None) -> Path:
    """A rubric id (bundled) or a path (relative to the referring file, else the cwd)."""
    looks_like_path = reference.endswith((".yaml", ".yml")) or "/" in reference or "\\" in reference
    if not looks_like_path:
        bundled = bundled_dir() / f"{reference}.yaml"
        if bundled.is_file():
            return bundled
        if relative_to is not None and (relative_to / f"{reference}.yaml").is_file():
            return relative_to / f"{reference}.yaml"
        known = ", ".join(bundled_ids()) or "none"
        raise RubricError(reference, f"no bundled rubric with this id (bundled: {known}) and no such file")
    path = Path(reference)
    if not path.is_absolute() and relative_to is not None:
        path = relative_to / path
    return path


@dataclass
class _Origin:
    """Which file (and index in its criteria list) last touched a criterion: for error paths."""

    path: Path
    index: int


@dataclass
class _Merged:
    document: dict[str, Any]
    origins: dict[str, _Origin]  # criterion id -> origin
    lexicon_edits: list[tuple[Path, str, dict[str, Any]]]  # (file, lexicon, {add, remove}), in order
    lexicon_dirs: list[Path]  # where to look for lexicon files, nearest rubric first
    lexicon_origins: dict[str, tuple[Path, str]]  # lexicon name -> (file, JSON path) that asked for it
    chain: list[Path]


def _deep_merge(base: dict[str, Any], change: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in change.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def _load_merged(path: Path, seen: tuple[Path, ...] = ()) -> _Merged:
    resolved = path.resolve()
    if resolved in seen:
        cycle = " -> ".join(p.name for p in (*seen, resolved))
        raise RubricError(str(path), f"extends itself in a cycle: {cycle}", "$.extends")
    document = _read_yaml(path)
    if "remove_criteria" in document and "extends" not in document:
        raise RubricError(str(path), "remove_criteria is only allowed in a rubric that extends another", "$.remove_criteria")
    error = _schema_error(path, document)
    if error is not None:
        raise error

    if "extends" not in document:
        return _Merged(
            document=document,
            origins={c["id"]: _Origin(path, i) for i, c in enumerate(document["criteria"])},
            lexicon_edits=[],
            lexicon_dirs=[path.parent / "lexicons"],
            lexicon_origins={name: (path, f"$.lexicons[{i}]") for i, name in enumerate(document.get("lexicons", []))},
            chain=[path],
        )

    try:
        parent_path = _resolve(document["extends"], path.parent)
    except RubricError as exc:
        raise RubricError(str(path), exc.reason, "$.extends") from None
    if not parent_path.is_file():
        raise RubricError(str(path), f"extends {document['extends']!r}, but there is no such rubric file", "$.extends")
    parent = _load_merged(parent_path, (*seen, resolved))
    merged = dict(parent.document)
    origins = dict(parent.origins)
    for key in ("id", "version", "title", "description", "document_kind", "scale"):
        if key in document:
            merged[key] = document[key]
    if "sources" in document:
        merged["sources"] = list(dict.fromkeys([*merged.get("sources", []), *document["sources"]]))
    if "overall" in document:
        merged["overall"] = _deep_merge(merged.get("overall", {}), document["overall"])

    criteria: list[dict[str, Any]] = [dict(c) for c in merged["criteria"]]
    for index, removed in enumerate(document.get("remove_criteria", [])):
        if removed not in origins:
            raise RubricError(str(path), f"no criterion {removed!r} to remove (known: {', '.join(c['id'] for c in criteria)})",
                              f"$.remove_criteria[{index}]")
        criteria = [c for c in criteria if c["id"] != removed]
        del origins[removed]
    for index, change in enumerate(document.get("criteria", [])):
        position = next((i for i, c in enumerate(criteria) if c["id"] == change["id"]), None)
        if position is None:
            criteria.append(copy.deepcopy(change))
        else:
            criteria[position] = _deep_merge(criteria[position], change)
        origins[change["id"]] = _Origin(path, index)
    merged["criteria"] = criteria

    lexicon_names = list(merged.get("lexicons", []))
    edits = list(parent.lexicon_edits)
    lexicon_origins = dict(parent.lexicon_origins)
    given = document.get("lexicons", [])
    if isinstance(given, list):
        for i, name in enumerate(given):
            if name not in lexicon_names:
                lexicon_names.append(name)
                lexicon_origins[name] = (path, f"$.lexicons[{i}]")
    else:
        for name, edit in given.items():
            if name not in lexicon_names:
                lexicon_names.append(name)
                lexicon_origins[name] = (path, f"$.lexicons.{name}")
            if edit:
                edits.append((path, name, edit))
    merged["lexicons"] = lexicon_names
    merged.pop("extends", None)
    merged.pop("remove_criteria", None)

    return _Merged(
        document=merged,
        origins=origins,
        lexicon_edits=edits,
        lexicon_dirs=[path.parent / "lexicons", *parent.lexicon_dirs],
        lexicon_origins=lexicon_origins,
        chain=[path, *parent.chain],
    )


def _criterion_where(merged: _Merged, criterion_id: str, rest: str = "") -> tuple[Path, str]:
    origin = merged.origins[criterion_id]
    return origin.path, f"$.criteria[{origin.index}]{rest}"


def _load_lexicons(merged: _Merged, path: Path) -> dict[str, Lexicon]:
    lexicons: dict[str, Lexicon] = {}
    for name in merged.document.get("lexicons", []):
        candidates = [d / f"{name}.yaml" for d in dict.fromkeys([*merged.lexicon_dirs, bundled_dir() / "lexicons"])]
        found = next((c for c in candidates if c.is_file()), None)
        if found is None:
            file, where = merged.lexicon_origins.get(name, (path, "$.lexicons"))
            raise RubricError(str(file), f"no lexicon file {name}.yaml (looked in {', '.join(str(c.parent) for c in candidates)})",
                              where)
        lexicons[name] = load_lexicon(found)
    for source, name, edit in merged.lexicon_edits:
        lexicon = lexicons[name]
        add: list[LexiconEntry] = []
        for i, entry in enumerate(edit.get("add", [])):
            try:
                add.append(LexiconEntry.model_validate(entry))
            except ValidationError as exc:
                first = exc.errors()[0]
                field = "".join(f".{p}" for p in first["loc"])
                message = "unknown key" if first["type"] == "extra_forbidden" else first["msg"]
                raise RubricError(str(source), message, f"$.lexicons.{name}.add[{i}]{field}") from None
        remove = list(edit.get("remove", []))
        present = {e.key.lower() for e in lexicon.entries}
        for i, key in enumerate(remove):
            if key.lower() not in present:
                raise RubricError(str(source), f"{key!r} is not in lexicon {name!r}, so it cannot be removed",
                                  f"$.lexicons.{name}.remove[{i}]")
        lexicons[name] = lexicon.edited(add, remove)
    return lexicons


def _needed_lexicons(params: Params) -> list[tuple[str, str]]:
    """(field, lexicon name) for every Params field named *_lexicon or *_lexicons."""
    needed: list[tuple[str, str]] = []
    for field_name in type(params).model_fields:
        value = getattr(params, field_name)
        if field_name.endswith("_lexicon") and isinstance(value, str):
            needed.append((field_name, value))
        elif field_name.endswith("_lexicons") and isinstance(value, (list, tuple)):
            needed.extend((field_name, v) for v in value if isinstance(v, str))
    return needed


def _build_criterion(raw: dict[str, Any], merged: _Merged, registry: dict[str, RegisteredCheck],
                     lexicons: dict[str, Lexicon]) -> CriterionSpec:
    cid = raw["id"]
    check = registry.get(raw["check"])
    if check is None:
        file, where = _criterion_where(merged, cid, ".check")
        known = ", ".join(sorted(registry)) or "none registered"
        raise RubricError(str(file), f"no check named {raw['check']!r} (known: {known})", where)
    try:
        params = check.params.model_validate(raw.get("params") or {})
    except ValidationError as exc:
        first = exc.errors()[0]
        file, where = _criterion_where(merged, cid, ".params" + "".join(f".{p}" for p in first["loc"]))
        message = "unknown parameter" if first["type"] == "extra_forbidden" else first["msg"]
        raise RubricError(str(file), f"{message} (check {check.name!r})", where) from None
    for field_name, name in _needed_lexicons(params):
        if name not in lexicons:
            file, where = _criterion_where(merged, cid, f".params.{field_name}")
            raise RubricError(str(file), f"check {check.name!r} needs lexicon {name!r}, which the rubric does not load "
                                         f"(add it to lexicons:)", where)
    applies_when = raw.get("applies_when")
    if applies_when:
        try:
            Condition.parse(applies_when)
        except ConditionError as exc:
            file, where = _criterion_where(merged, cid, ".applies_when")
            raise RubricError(str(file), str(exc), where) from None
    return CriterionSpec(
        id=cid,
        title=raw["title"],
        check=raw["check"],
        params=params,
        weight=float(raw["weight"]),
        sections=tuple(raw.get("sections", ())),
        applies_when=applies_when or None,
        descriptors={k: raw["descriptors"][k] for k in ("4", "3", "2", "1")},
        guidance=" ".join(raw.get("guidance", "").split()),
        sources=tuple(raw.get("sources", ())),
    )


def load_rubric(id_or_path: str | Path = DEFAULT_RUBRIC) -> Rubric:
    """The rubric with this bundled id (`inspection`) or at this path, validated and typed.

    Raises RubricError('<file>: <json path>: <reason>') for anything wrong with it.
    """
    path = _resolve(id_or_path, None) if isinstance(id_or_path, str) else id_or_path
    merged = _load_merged(path)
    document = merged.document
    if merged.chain[1:]:
        # The merged rubric must itself be complete: an added criterion needs every field.
        error = _schema_error(path, document)
        if error is not None:
            match = re.match(r"^\$\.criteria\[(\d+)\](.*)$", error.path)
            if match:
                cid = document["criteria"][int(match.group(1))]["id"]
                file, where = _criterion_where(merged, cid, match.group(2))
                raise RubricError(str(file), error.reason, where)
            raise error
    ids = [c["id"] for c in document["criteria"]]
    for index, cid in enumerate(ids):
        if ids.index(cid) != index:
            raise RubricError(str(path), f"criterion id {cid!r} appears twice", f"$.criteria[{index}].id")
    registry = load_all()
    lexicons = _load_lexicons(merged, path)
    criteria = tuple(_build_criterion(raw, merged, registry, lexicons) for raw in document["criteria"])
    for index, limit in enumerate(document["overall"].get("limits", [])):
        for j, cid in enumerate(limit.get("criteria", [])):
            if cid not in ids:
                raise RubricError(str(path), f"no criterion {cid!r}", f"$.overall.limits[{index}].criteria[{j}]")
    return Rubric(
        id=document["id"],
        version=document["version"],
        title=document["title"],
        description=" ".join(document.get("description", "").split()),
        document_kind=document.get("document_kind", "plan"),
        sources=tuple(document.get("sources", ())),
        scale=tuple(ScaleGrade.model_validate(s) for s in document["scale"]),
        overall=OverallRule.model_validate(document["overall"]),
        criteria=criteria,
        lexicons=lexicons,
        path=str(path),
        extends=tuple(str(p) for p in merged.chain[1:]),
    )
