"""Benchmarks: a deterministic data generator and a harness measuring Relate at shop-chain scale."""
