"""RFC 6962 / RFC 9162 Merkle trees over record hashes: roots, inclusion proofs and their check.

Leaf = SHA-256(0x00 || record hash bytes), node = SHA-256(0x01 || left || right); a tree of n leaves
splits at the largest power of two below n. Pure functions, no I/O.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

_sha256 = hashlib.sha256


def leaf_hash(record_hash: bytes | str) -> bytes:
    """The leaf for a record, from its hash (raw 32 bytes or hex)."""
    raw = bytes.fromhex(record_hash) if isinstance(record_hash, str) else record_hash
    return _sha256(b"\x00" + raw).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return _sha256(b"\x01" + left + right).digest()


def leaves(record_hashes: Iterable[bytes]) -> list[bytes]:
    """Leaves for records given by their raw 32-byte hashes."""
    sha = _sha256
    return [sha(b"\x00" + h).digest() for h in record_hashes]


def root(leaf_hashes: Sequence[bytes]) -> bytes:
    """The tree head of ``leaf_hashes`` (non-empty). Built bottom-up: pairing left to right and
    carrying an odd last node up a level gives the same tree as RFC 6962's recursive split."""
    if not leaf_hashes:
        raise ValueError("a Merkle tree needs at least one leaf")
    level = list(leaf_hashes)
    sha = _sha256
    while len(level) > 1:
        nxt = [sha(b"\x01" + level[i] + level[i + 1]).digest() for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            nxt.append(level[-1])
        level = nxt
    return level[0]


def root_of(record_hashes: Iterable[bytes]) -> str:
    """Hex tree head over records given by their raw hashes."""
    return root(leaves(record_hashes)).hex()


def _largest_power_of_two_below(n: int) -> int:
    return 1 << ((n - 1).bit_length() - 1)


def inclusion_path(leaf_hashes: Sequence[bytes], index: int) -> list[bytes]:
    """The audit path of leaf ``index`` (RFC 6962 section 2.1.1), deepest sibling first."""
    if not 0 <= index < len(leaf_hashes):
        raise IndexError(f"leaf {index} is outside a tree of {len(leaf_hashes)}")
    path: list[bytes] = []
    lo, hi = 0, len(leaf_hashes)
    siblings = []
    while hi - lo > 1:
        k = _largest_power_of_two_below(hi - lo)
        if index < lo + k:
            siblings.append((lo + k, hi))
            hi = lo + k
        else:
            siblings.append((lo, lo + k))
            lo = lo + k
    for a, b in reversed(siblings):
        path.append(root(leaf_hashes[a:b]))
    return path


def verify_inclusion(leaf: bytes, index: int, size: int, path: Sequence[bytes], expected_root: bytes) -> bool:
    """RFC 9162 section 2.1.3.2: does ``path`` lead from ``leaf`` at ``index`` to ``expected_root``?"""
    if not 0 <= index < size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == expected_root
