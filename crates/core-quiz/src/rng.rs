//! A small deterministic random number generator. The same seed gives the same draw on every
//! machine and in every browser, so a teacher's `seed` gives the whole class the same quiz.

/// splitmix64: tiny, fast, and statistically good enough for shuffling quiz questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rng {
    state: u64,
}

const GOLDEN_GAMMA: u64 = 0x9E37_79B9_7F4A_7C15;

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng { state: seed }
    }

    /// The generator for attempt `number` (0 for the first, then one more per retry) of `seed`:
    /// retries draw afresh, yet stay the same for everyone sharing the seed.
    pub fn for_attempt(seed: u64, number: u32) -> Self {
        let mut mix = Rng::new(seed ^ u64::from(number).wrapping_mul(GOLDEN_GAMMA));
        Rng::new(mix.next_u64())
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(GOLDEN_GAMMA);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0). Multiply-shift: the bias, about n / 2^64, is far
    /// below anything a quiz could show.
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// Fisher–Yates shuffle.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// A stable 64-bit seed from the `seed` attribute (FNV-1a over the trimmed text), so "3A",
/// "class-3a" or "2025-11-20" all work as classroom seeds.
pub fn seed_from_text(text: &str) -> u64 {
    let mut hash: u64 = 0xCBF2_9CE4_8422_2325;
    for byte in text.trim().bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01B3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_sequence_and_known_values() {
        let mut a = Rng::new(42);
        let mut b = Rng::new(42);
        let xs: Vec<u64> = (0..5).map(|_| a.next_u64()).collect();
        let ys: Vec<u64> = (0..5).map(|_| b.next_u64()).collect();
        assert_eq!(xs, ys);
        // splitmix64 reference value for seed 0, so a refactor cannot silently change every draw.
        assert_eq!(Rng::new(0).next_u64(), 0xE220_A839_7B1D_CDAF);
    }

    #[test]
    fn below_stays_in_range_and_covers_it() {
        let mut rng = Rng::new(7);
        let mut seen = [0usize; 5];
        for _ in 0..1000 {
            let x = rng.below(5);
            seen[x] += 1;
        }
        assert!(seen.iter().all(|&n| n > 120), "{seen:?}");
        assert_eq!(rng.below(0), 0);
        assert_eq!(rng.below(1), 0);
    }

    #[test]
    fn shuffle_is_a_permutation() {
        let mut items: Vec<u32> = (0..20).collect();
        Rng::new(3).shuffle(&mut items);
        assert_ne!(items, (0..20).collect::<Vec<_>>());
        items.sort_unstable();
        assert_eq!(items, (0..20).collect::<Vec<_>>());
        let mut empty: [u8; 0] = [];
        Rng::new(1).shuffle(&mut empty);
    }

    #[test]
    fn text_seeds_are_stable_and_trimmed() {
        assert_eq!(seed_from_text("lop-9a"), seed_from_text("  lop-9a "));
        assert_ne!(seed_from_text("lop-9a"), seed_from_text("lop-9b"));
        assert_eq!(seed_from_text(""), 0xCBF2_9CE4_8422_2325);
    }

    #[test]
    fn attempts_differ_but_repeat() {
        let first = Rng::for_attempt(9, 0).next_u64();
        assert_eq!(first, Rng::for_attempt(9, 0).next_u64());
        assert_ne!(first, Rng::for_attempt(9, 1).next_u64());
    }
}
