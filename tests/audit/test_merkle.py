"""RFC 6962 Merkle trees: roots match the recursive definition; every proof checks; tampered ones fail."""

from __future__ import annotations

import hashlib

import pytest

from phigate.audit import merkle


def _mth(leaves: list[bytes]) -> bytes:
    """RFC 6962 section 2.1, written the recursive way."""
    if len(leaves) == 1:
        return leaves[0]
    k = 1 << ((len(leaves) - 1).bit_length() - 1)
    return hashlib.sha256(b"\x01" + _mth(leaves[:k]) + _mth(leaves[k:])).digest()


def _leaves(n: int) -> list[bytes]:
    return merkle.leaves(hashlib.sha256(str(i).encode()).digest() for i in range(n))


def test_leaf_and_node_hashes_are_domain_separated() -> None:
    h = hashlib.sha256(b"r").digest()
    assert merkle.leaf_hash(h) == hashlib.sha256(b"\x00" + h).digest() == merkle.leaf_hash(h.hex())
    assert merkle.node_hash(b"a", b"b") == hashlib.sha256(b"\x01ab").digest()


@pytest.mark.parametrize("size", range(1, 34))
def test_every_inclusion_proof_checks_and_tampering_fails(size: int) -> None:
    leaves = _leaves(size)
    root = merkle.root(leaves)
    assert root == _mth(leaves)
    for index in range(size):
        path = merkle.inclusion_path(leaves, index)
        assert merkle.verify_inclusion(leaves[index], index, size, path, root)
        assert not merkle.verify_inclusion(b"\x00" * 32, index, size, path, root)
        if size > 1:
            assert not merkle.verify_inclusion(leaves[index], (index + 1) % size, size, path, root)
            bent = [bytes([path[0][0] ^ 1]) + path[0][1:], *path[1:]]
            assert not merkle.verify_inclusion(leaves[index], index, size, bent, root)
            assert not merkle.verify_inclusion(leaves[index], index, size, path[:-1], root)
            assert not merkle.verify_inclusion(leaves[index], index, size, [*path, root], root)


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        merkle.root([])
    with pytest.raises(IndexError):
        merkle.inclusion_path(_leaves(3), 3)
    assert not merkle.verify_inclusion(b"x", 5, 3, [], b"x")
