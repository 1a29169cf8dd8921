"""Where the notes endpoint may point: every internal address, loopback by name, and service
ports are refused; loopback given literally and public https are not. Names are resolved for
real (localhost through the hosts file; names nobody serves are refused as unresolvable)."""

from __future__ import annotations

import pytest

from callvault.intelligence.notes.destination import RefusedDestination, check_url

REFUSED = [
    # The four from the security probe.
    "https://localhost.attacker.example/v1",
    "https://127.0.0.1.nip.io/v1",
    "http://169.254.169.254/latest/meta-data",
    "http://127.0.0.1:5432",
    # Loopback by name, link-local and cloud metadata in every spelling.
    "http://localhost:11434",
    "https://localhost",
    "https://169.254.169.254",
    "https://[fd00:ec2::254]/",
    "https://[fe80::1]/",
    "https://[::ffff:169.254.169.254]/",
    "https://[2002:a9fe:a9fe::1]/",  # 6to4 carrying 169.254.169.254
    # Private, shared, unspecified, multicast, reserved.
    "https://10.0.0.5",
    "https://172.16.3.4",
    "https://192.168.1.1",
    "https://100.64.0.1",
    "https://0.0.0.0",
    "https://[::]/",
    "https://224.0.0.1",
    "https://[ff02::1]/",
    "https://240.0.0.1",
    # Known service ports, even on loopback or a public address.
    "http://127.0.0.1:6379",
    "http://[::1]:3306",
    "http://127.0.0.1:5672",
    "http://127.0.0.1:4222",
    "http://127.0.0.1:1883",
    "https://93.184.215.14:25",
    "https://93.184.215.14:22",
    # Plain http off this machine, other schemes, credentials in the URL.
    "http://93.184.215.14/v1",
    "ftp://93.184.215.14/",
    "https://user:secret@93.184.215.14/",
    "https://",
]


@pytest.mark.parametrize("url", REFUSED)
def test_refused(url: str) -> None:
    with pytest.raises(RefusedDestination) as err:
        check_url(url)
    assert "secret" not in str(err.value)


def test_the_servers_own_port_is_refused() -> None:
    with pytest.raises(RefusedDestination, match="port 8443"):
        check_url("http://127.0.0.1:8443/v1", refused_ports={8443})
    assert check_url("http://127.0.0.1:8443/v1").port == 8443


def test_loopback_by_address_and_public_https_pass_pinned() -> None:
    local = check_url("http://127.0.0.1:11434/v1/")
    assert local.pinned_url("/chat/completions") == "http://127.0.0.1:11434/v1/chat/completions"
    assert local.host_header == "127.0.0.1:11434" and local.tls_name is None
    six = check_url("http://[::1]:8000")
    assert six.pinned_url("/v1/chat/completions") == "http://[::1]:8000/v1/chat/completions"
    public = check_url("https://93.184.215.14/openai/v1")
    assert public.pinned_url("/x") == "https://93.184.215.14:443/openai/v1/x"
    assert public.host_header == "93.184.215.14"
