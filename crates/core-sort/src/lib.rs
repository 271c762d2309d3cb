//! One stable sort for every widget.
//!
//! `slice::sort_by` is generic over the element and the comparison, so each call site puts its
//! own copy of std's driftsort in the wasm: 2-4 KB of code per call, five of them in the map. The
//! lists the widgets sort are small (a few hundred states, a quiz's topics), so the merge sort
//! here works on positions through a `&dyn` comparison and is compiled once; each caller adds
//! only the few lines that move its elements into the sorted order.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (like `slice::sort_by`).
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = stable_order(items.len(), &|a, b| match (items.get(a), items.get(b)) {
        (Some(x), Some(y)) => compare(x, y),
        _ => Ordering::Equal,
    });
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|at| slots.get_mut(at).and_then(Option::take)));
}

/// Sorts `items` in their natural order (like `slice::sort`).
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// The distinct values of `items`, in order (a set of chosen answers, however they came).
pub fn distinct<T: Ord + Clone>(items: &[T]) -> Vec<T> {
    let mut set = items.to_vec();
    sort(&mut set);
    set.dedup();
    set
}

/// The positions `0..len` in the order `compare` gives them, equal ones in their own order: a
/// bottom-up merge sort, compiled once for every caller.
fn stable_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut merged = order.clone();
    let mut width = 1;
    while width < len {
        for (from, to) in order.chunks(2 * width).zip(merged.chunks_mut(2 * width)) {
            let (left, right) = from.split_at(width.min(from.len()));
            merge(left, right, to, compare);
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// Merges two sorted runs into `out`; on a tie the left run's item comes first.
fn merge(left: &[usize], right: &[usize], out: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    let (mut left, mut right) = (left.iter().copied().peekable(), right.iter().copied().peekable());
    for slot in out {
        let from_right = match (left.peek(), right.peek()) {
            (Some(&l), Some(&r)) => compare(l, r) == Ordering::Greater,
            (None, _) => true,
            (Some(_), None) => false,
        };
        if let Some(next) = if from_right { right.next() } else { left.next() } {
            *slot = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the test needs no crate.
    fn numbers(seed: u64, len: usize, range: u64) -> Vec<u64> {
        let mut state = seed;
        (0..len)
            .map(|_| {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                (state >> 33) % range
            })
            .collect()
    }

    #[test]
    fn sorts_like_std_and_keeps_equal_items_in_order() {
        for len in 0..70 {
            for seed in 0..6 {
                // Pairs (key, position): many equal keys, so stability shows.
                let items: Vec<(u64, usize)> =
                    numbers(seed, len, 5).into_iter().enumerate().map(|(i, k)| (k, i)).collect();
                let mut ours = items.clone();
                sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
                let mut std = items;
                std.sort_by_key(|a| a.0);
                assert_eq!(ours, std, "len {len}, seed {seed}");
            }
        }
    }

    #[test]
    fn sorts_owned_values_and_a_reversed_order() {
        let mut names: Vec<String> = ["vn", "fr", "ar", "zh", "es", "ru", "en"].map(String::from).to_vec();
        sort(&mut names);
        assert_eq!(names, ["ar", "en", "es", "fr", "ru", "vn", "zh"]);
        let mut big: Vec<u64> = numbers(9, 1000, 1 << 30);
        let mut expected = big.clone();
        expected.sort_by(|a, b| b.cmp(a));
        sort_by(&mut big, |a, b| b.cmp(a));
        assert_eq!(big, expected);
    }

    #[test]
    fn distinct_values_in_order() {
        assert_eq!(distinct(&[3, 1, 3, 0, 1]), [0, 1, 3]);
        assert!(distinct::<u8>(&[]).is_empty());
    }
}
