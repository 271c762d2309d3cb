//! Douglas–Peucker simplification of each arc, and rounding to the output grid.

use super::*;

/// Douglas–Peucker on one arc; both ends are always kept, so arcs still meet at junctions. A
/// closed arc (an island) is first split at its point farthest from the start, or it would
/// collapse to its start point.
pub(super) fn simplify(points: &[[f64; 2]], tolerance: f64) -> Vec<[f64; 2]> {
    let n = points.len();
    if n <= 2 {
        return points.to_vec();
    }
    let mut keep = vec![false; n];
    keep[0] = true;
    keep[n - 1] = true;
    let mut stack = vec![(0, n - 1)];
    if points[0] == points[n - 1] {
        let far = farthest(points, 0, n - 1, |p| distance(p, points[0]));
        keep[far] = true;
        stack = vec![(0, far), (far, n - 1)];
    }
    while let Some((a, b)) = stack.pop() {
        if b <= a + 1 {
            continue;
        }
        let i = farthest(points, a, b, |p| segment_distance(p, points[a], points[b]));
        if segment_distance(points[i], points[a], points[b]) > tolerance {
            keep[i] = true;
            stack.push((a, i));
            stack.push((i, b));
        }
    }
    points.iter().zip(keep).filter(|(_, k)| *k).map(|(p, _)| *p).collect()
}

/// The index strictly between a and b with the largest `measure`, the first one on ties.
pub(super) fn farthest(points: &[[f64; 2]], a: usize, b: usize, measure: impl Fn([f64; 2]) -> f64) -> usize {
    let mut best = (a + 1, f64::NEG_INFINITY);
    for (i, &p) in points.iter().enumerate().take(b).skip(a + 1) {
        let d = measure(p);
        if d > best.1 {
            best = (i, d);
        }
    }
    best.0
}

pub(super) fn distance(p: [f64; 2], q: [f64; 2]) -> f64 {
    (p[0] - q[0]).hypot(p[1] - q[1])
}

pub(super) fn segment_distance(p: [f64; 2], a: [f64; 2], b: [f64; 2]) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    if len2 == 0.0 {
        return distance(p, a);
    }
    let t = (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0);
    distance(p, [a[0] + t * dx, a[1] + t * dy])
}

/// Rounds an arc to steps (1/STEPS of a unit), then drops repeated points and interior points on
/// a straight run (same direction on both sides): neither changes what is drawn, and since this
/// is done per arc, both neighbours of a border still get the same points.
pub(super) fn quantize(points: &[[f64; 2]]) -> Vec<[i32; 2]> {
    let mut out: Vec<[i32; 2]> = Vec::with_capacity(points.len());
    for p in points {
        let q = [(p[0] * f64::from(STEPS)).round() as i32, (p[1] * f64::from(STEPS)).round() as i32];
        if out.last() != Some(&q) {
            out.push(q);
        }
    }
    let mut i = 1;
    while i + 1 < out.len() {
        let (a, b, c) = (out[i - 1], out[i], out[i + 1]);
        let (u, v) = ([b[0] - a[0], b[1] - a[1]], [c[0] - b[0], c[1] - b[1]]);
        let cross = i64::from(u[0]) * i64::from(v[1]) - i64::from(u[1]) * i64::from(v[0]);
        let dot = i64::from(u[0]) * i64::from(v[0]) + i64::from(u[1]) * i64::from(v[1]);
        if cross == 0 && dot > 0 {
            out.remove(i);
        } else {
            i += 1;
        }
    }
    out
}
