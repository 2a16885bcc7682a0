"""Shared helpers for phigate's database-backed stores (vault, audit ledger)."""
