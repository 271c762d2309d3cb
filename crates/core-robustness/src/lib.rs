//! Test-only crate: see `tests/mutations.rs`.
