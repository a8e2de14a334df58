"""``check`` on the command line reports values kept as typed that are not of their field's form."""

from __future__ import annotations

from editor.services import Operations
from editor.storage import Workspace


def test_check_reports_a_date_field_that_holds_no_date(sample_file, cli):
    workspace = Workspace.open(sample_file)
    ops = Operations(workspace)
    paper = ops.add_node("paper", 1, reference="B/17/4711", name="Betreff", date="nach der Sommerpause")
    assert paper.changes
    workspace.close()
    result = cli("check", sample_file)
    assert result.returncode == 1
    assert "Datum von Beschluss B/17/4711: „nach der Sommerpause“ ist kein Datum" in result.stdout
    assert "17.03.2025" in result.stdout  # the message names a form that would be understood
