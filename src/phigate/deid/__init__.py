"""De-identification: find HIPAA Safe Harbor identifiers and card data, replace them before any model
sees them, and put them back for callers allowed to see their own data."""

from phigate.deid.engine import Deidentifier
from phigate.deid.operators import Operators
from phigate.deid.vault import MemoryVaultStore, SqliteVaultStore, Vault
from phigate.taxonomy import ENTITY_TYPES, STRUCTURED, TAXONOMY, Finding

__all__ = [
    "ENTITY_TYPES",
    "STRUCTURED",
    "TAXONOMY",
    "Deidentifier",
    "Finding",
    "MemoryVaultStore",
    "Operators",
    "SqliteVaultStore",
    "Vault",
]
