"""The TABARI/PETRARCH reader: on small hand-written files and on PETRARCH2's own files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from detente.cli import cli
from detente.dictionaries.petrarch import check, parse_date, read_actors, read_agents
from detente.resolve.actors import ActorResolver

SHARED = Path(__file__).resolve().parents[2] / "shared" / "reference" / "petrarch2_dictionaries"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/reference/petrarch2_dictionaries absent")

ACTORS = """\
# a comment
FREEDONIA_  [FRD]
+FREEDONIAN_
RUFUS_T._FIREFLY_  # leader
+FIREFLY_
\t[FRDGOV 330101-331231]
\t[FRDELI]
SYLVANIA_ [SYL]
BAD_ENTRY_ [FRDGOV 9912-]
NOCODE_
"""

AGENTS = """\
!PERSON! = MAN, MEN
GUARDS!PERSON! [~MIL]
POLICE {} [~COP]
PEACEKEEPING_TROOPS {} [IGO~]
NO_CODE_HERE
"""


@pytest.fixture()
def actor_file(tmp_path: Path) -> Path:
    path = tmp_path / "Test.actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    return path


@pytest.fixture()
def agent_file(tmp_path: Path) -> Path:
    path = tmp_path / "Test.agents.txt"
    path.write_text(AGENTS, encoding="utf-8")
    return path


def test_parse_date_two_and_four_digit_years():
    assert parse_date("991231") == date(1999, 12, 31)
    assert parse_date("080507") == date(2008, 5, 7)
    assert parse_date("19940913") == date(1994, 9, 13)


def test_read_actors_synonyms_dated_codes_and_errors(actor_file):
    records, report = read_actors(actor_file)
    names = {r.names[0]: r for r in records}
    assert names["FREEDONIA"].names == ["FREEDONIA", "FREEDONIAN"]
    firefly = names["RUFUS T. FIREFLY"]
    assert [(s.code, s.start, s.end) for s in firefly.spells] == [
        ("FRDGOV", date(1933, 1, 1), date(1933, 12, 31)),
        ("FRDELI", None, None),
    ]
    lines = {p.line for p in report.problems}
    assert lines == {9, 10}  # the bad date (then no code left) and the actor without a code
    assert report.counts["actors"] == 5


def test_read_agents_substitution_sets_and_plurals(agent_file):
    records, report = read_agents(agent_file)
    by_code = {r.agent: r for r in records}
    assert set(by_code["MIL"].names) >= {"GUARDSMAN", "GUARDSMEN"}
    assert by_code["COP"].names == ["POLICE"]  # {} means no plural
    assert by_code["IGO"].prefix
    assert [p.line for p in report.problems] == [5]


def test_imported_entries_work_with_builtins(actor_file, agent_file):
    resolver = ActorResolver(dictionaries=[actor_file, agent_file])
    assert [a.code for a in resolver.resolve_text("Freedonian guardsmen")] == ["FRDMIL"]
    assert [a.code for a in resolver.resolve_text("Rufus T. Firefly", published=date(1933, 6, 1))] == ["FRDGOV"]
    # out of the dated spell: the undated default code applies
    assert [a.code for a in resolver.resolve_text("Firefly", published=date(1950, 1, 1))] == ["FRDELI"]
    assert [a.code for a in resolver.resolve_text("Freedonia and Russia")] == ["FRD", "RUS"]


def test_precedence_builtin_people_and_seats_before_imports(tmp_path):
    path = tmp_path / "Mine.actors.txt"
    path.write_text("VLADIMIR_PUTIN_\n+PUTIN_\n\t[RUSELI]\nMOSCOW_ [RUS]\nKOSOVO_ [KSV]\n", encoding="utf-8")
    resolver = ActorResolver(dictionaries=[path])
    # the knowledge base's dated role beats the imported undated code
    assert [a.code for a in resolver.resolve_text("Putin", published=date(2005, 1, 1))] == ["RUSGOV"]
    # a built-in seat of government stays the government
    assert [a.code for a in resolver.resolve_text("Moscow")] == ["RUSGOV"]
    # an imported country code beats the built-in generic country name
    assert [a.code for a in resolver.resolve_text("Kosovo")] == ["KSV"]


@needs_shared
def test_petrarch2_verb_file_parses_with_counts():
    report = check(SHARED / "CAMEO.2.0.txt")
    assert report.kind == "verbs"
    assert report.counts["patterns"] > 4000 and report.counts["verb groups"] > 300
    assert all(p.line > 0 for p in report.problems)
    assert len(report.problems) < 20


@needs_shared
def test_petrarch2_actor_files_read_dated_codes():
    records, report = read_actors(SHARED / "Phoenix.Countries.actors.txt")
    assert report.counts["actors"] > 10_000
    putin = next(r for r in records if r.names[0] == "VLADIMIR PUTIN")
    assert any(s.code == "RUSGOV" and s.start == date(1999, 12, 31) and s.end == date(2008, 5, 7) for s in putin.spells)
    # the file's known malformed dates are reported with their line numbers, not fatal
    assert report.problems and all(p.line > 0 for p in report.problems)


@needs_shared
def test_petrarch2_agents_file():
    records, report = read_agents(SHARED / "Phoenix.agents.txt")
    assert report.counts["agents"] > 2000
    assert any("POLICE" in r.names and r.agent == "COP" for r in records)


@needs_shared
def test_cli_dictionaries_check_prints_counts_and_file_line_errors():
    result = CliRunner().invoke(cli, ["dictionaries", "check", str(SHARED / "Phoenix.International.actors.txt")])
    assert "actors:" in result.output
    assert "Phoenix.International.actors.txt:40:" in result.output
    assert result.exit_code == 1  # problems found


def test_cli_check_clean_file_exits_zero(tmp_path):
    path = tmp_path / "Clean.actors.txt"
    path.write_text("FREEDONIA_ [FRD]\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["dictionaries", "check", str(path)])
    assert result.exit_code == 0, result.output
    assert "1 actors" in result.output and "0 problem(s)" in result.output
