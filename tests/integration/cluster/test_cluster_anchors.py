"""Two nodes of one cluster anchor the audit chains in the bucket they share (ADR 0049): what
one node's transactions anchored, the other node's `audit verify` holds the chains to, so a
database rollback made after node 1 wrote is caught on node 2; a forged or edited anchor
object is rejected there; and the MAC key lives in OpenBao only, in no file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from sqlalchemy import delete, update

from callvault.audit.models import AuditEvent, AuditHead
from callvault.audit.s3_anchor import FOLDER, S3AnchorStore
from callvault.wiring import Container
from tests.integration.audit.test_audit_anchor import count, record, rows_of
from tests.support.cluster_engines import shared_engines
from tests.support.live import create_workspace, scratch_container
from tests.support.openbao_server import MOUNT, OpenBao
from tests.support.s3_server import S3Server

pytestmark = pytest.mark.slow


@pytest.fixture
def settings(s3_server: S3Server, openbao: OpenBao) -> dict[str, object]:
    return shared_engines(s3_server, openbao)


@pytest.fixture
def nodes(
    database_url: str, tmp_path: Path, settings: dict[str, object]
) -> Iterator[tuple[Container, Container]]:
    with ExitStack() as stack:
        made = []
        for name in ("node-1", "node-2"):
            (tmp_path / name).mkdir()
            c = stack.enter_context(scratch_container(database_url, tmp_path / name, **settings))
            assert isinstance(c.audit.anchor.store, S3AnchorStore)
            made.append(c)
        yield made[0], made[1]


def cli_verify_on(c: Container, settings: dict[str, object]) -> tuple[int, str]:
    """`callvault audit verify` on this node, configured through its environment."""
    from typer.testing import CliRunner

    from callvault.cli.main import app

    env = {f"CALLVAULT_{k.upper()}": str(v) for k, v in settings.items()}
    env["CALLVAULT_DATA_DIR"] = str(c.settings.data_dir)
    env["CALLVAULT_DATABASE_URL"] = c.settings.effective_database_url
    result = CliRunner().invoke(app, ["audit", "verify"], env=env)
    return result.exit_code, result.output


def test_a_rollback_after_one_node_wrote_is_caught_on_the_other(
    nodes: tuple[Container, Container], settings: dict[str, object], openbao: OpenBao
) -> None:
    one, two = nodes
    ws = create_workspace(one, "anchored").workspace_id
    record(one, ws, 3)
    _, saved_head = rows_of(one, ws)
    record(one, ws, 3, "later")
    anchored = two.audit.anchor.store.read(ws)
    assert anchored.rejected == [] and max(cp.seq for cp in anchored.checkpoints) == count(one, ws)
    with two.db.read() as s:
        assert two.audit.verify(s, workspace_id=ws).ok

    # Node 1's newest entries deleted and the saved head put back: the database alone is
    # consistent again, node 2 (which never wrote them) still sees the rollback.
    with one.db.write() as s:
        s.execute(
            delete(AuditEvent).where(
                AuditEvent.workspace_id == ws, AuditEvent.seq > saved_head["seq"]
            )
        )
        s.execute(update(AuditHead).where(AuditHead.workspace_id == ws).values(**saved_head))
    code, output = cli_verify_on(two, settings)
    assert code == 1 and f"{ws}: TAMPERED" in output and "rolled_back" in output, output

    # The MAC key is a non-exportable transit key: in no file of either node.
    for node in (one, two):
        names = [p.name for p in node.settings.data_dir.rglob("*")]
        assert not [n for n in names if n.startswith("audit-anchors")], names
        assert not (node.settings.data_dir / "keyring.json").exists()
    name = f"{settings['vault_key_prefix']}.anchor"
    key = openbao.call("GET", f"{MOUNT}/keys/{name}").json()["data"]
    assert key["exportable"] is False and key["allow_plaintext_backup"] is False
    assert openbao.call("GET", f"{MOUNT}/export/hmac-key/{name}").status_code >= 400


def test_a_forged_or_edited_anchor_object_is_rejected_on_the_other_node(
    nodes: tuple[Container, Container], settings: dict[str, object], s3_server: S3Server
) -> None:
    one, two = nodes
    ws = create_workspace(one, "forged").workspace_id
    record(one, ws, 2)
    with two.db.read() as s:
        assert two.audit.verify(s, workspace_id=ws).ok
    client, bucket = s3_server.client(), s3_server.bucket
    root = f"{settings['s3_prefix']}/{FOLDER}/"
    newest = sorted(
        o["Key"] for o in client.list_objects_v2(Bucket=bucket, Prefix=f"{root}{ws}/")["Contents"]
    )[-1]
    genuine = json.loads(client.get_object(Bucket=bucket, Key=newest)["Body"].read())
    stamp = newest[len(root) + len(ws) + 1 :].split("-")[0]
    # An attacker with the bucket's credentials but no Vault key: an invented checkpoint far
    # ahead (would make the chain look rolled back), and a genuine object edited.
    invented = genuine | {"checkpoints": [[1000, "0" * 64, "head"]], "mac": "vault:v1:AAAA"}
    edited = genuine | {"checkpoints": [[genuine["checkpoints"][0][0], "1" * 64, "head"]]}
    for suffix, body in (("f" * 16, invented), ("e" * 16, edited)):
        key = f"{root}{ws}/{stamp}-{suffix}.json"
        client.put_object(Bucket=bucket, Key=key, Body=json.dumps(body).encode())
    with two.db.read() as s:
        report = two.audit.verify(s, workspace_id=ws)
    assert [p["problem"] for p in report.problems] == ["anchor_forged", "anchor_forged"]
