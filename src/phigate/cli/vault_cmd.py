"""``phigate vault purge``: crypto-shredding of re-identification data (GDPR Art. 17).

The vault rows hold the only copy of the sealed original values, so deleting them makes the
placeholders of those conversations permanently meaningless. The de-identified payloads that apps with
``audit_payloads`` keep beside the ledger are deleted too; the ledger records hold no raw values and
only a digest of the payload, so the ledger still verifies after a purge.
"""

from __future__ import annotations

import time
from typing import Annotated

import typer

from phigate.cli.common import ConfigFile, DataDir, err_console, failing_clearly, out_console, settings

app = typer.Typer(help="Manage the re-identification vault.", no_args_is_help=True)


@app.command()
def purge(
    conversation: Annotated[
        str | None, typer.Option("--conversation", help="Delete this conversation's mappings (in every app).")
    ] = None,
    older_than: Annotated[
        float | None, typer.Option("--older-than", min=0, help="Delete mappings created more than DAYS ago.")
    ] = None,
    expired: Annotated[bool, typer.Option("--expired", help="Delete mappings past their TTL.")] = False,
    config: ConfigFile = None,
    data_dir: DataDir = None,
) -> None:
    """Delete re-identification mappings and kept payloads for good; prints how many were deleted."""
    from phigate.audit.stores import open_store
    from phigate.deid.vault import Vault
    from phigate.gateway import open_vault

    if conversation is None and older_than is None and not expired:
        err_console.print("[bold red]error:[/] say what to purge: --conversation ID, --older-than DAYS or --expired")
        raise typer.Exit(2)
    s = settings(config=config, data_dir=data_dir)
    with failing_clearly():
        policy = s.policy()
        vault = open_vault(policy.vault, s, Vault.load_key(s.data_dir, s.vault_key))
        try:
            deleted = 0
            if conversation is not None:
                for app_name in policy.apps:
                    deleted += vault.purge(scope=f"{app_name}\x1f{conversation}")
            if older_than is not None:
                deleted += vault.purge(older_than=time.time() - older_than * 86400)
            if expired:
                deleted += vault.purge(expired_before=time.time())
        finally:
            vault.close()
        payloads = 0
        if conversation is not None or older_than is not None:
            store = open_store(policy.audit, s.data_dir)
            try:
                before = None if older_than is None else time.time() - older_than * 86400
                payloads = store.purge_payloads(conversation=conversation, before=before)
            finally:
                store.close()
    entries = f"{deleted} vault entr{'y' if deleted == 1 else 'ies'}"
    out_console.print(f"purged {entries} and {payloads} audit payload{'' if payloads == 1 else 's'}")
