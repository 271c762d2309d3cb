//! Cutting rings that cross ±180°, so no state becomes a band across the flat map.

use super::*;

/// world-atlas joins polygons across the antimeridian (d3 clips on the sphere when drawing), so
/// on a flat map Russia and Fiji would get a band across the whole width. Each crossing arc is
/// split into pieces at ±180°, and each ring that crossed is closed, on either side, by a new arc
/// along that meridian. Rings crossing more than twice (none in world-atlas 2.0.2 once Antarctica
/// is left out) are refused rather than drawn wrong.
pub(super) fn cut_antimeridian(arcs: &mut Vec<Vec<[f64; 2]>>, features: &mut [Feature]) -> Fallible<()> {
    let crosses = |p: [f64; 2], q: [f64; 2]| (q[0] - p[0]).abs() > 180.0;
    // pieces[i]: the arcs that arc i became, in its direction (just [i] when it does not cross).
    let mut pieces: Vec<Vec<usize>> = (0..arcs.len()).map(|i| vec![i]).collect();
    for (i, arc_pieces) in pieces.iter_mut().enumerate() {
        if !arcs[i].windows(2).any(|w| crosses(w[0], w[1])) {
            continue;
        }
        let arc = std::mem::take(&mut arcs[i]);
        let mut parts = vec![vec![arc[0]]];
        for w in arc.windows(2) {
            let (p, q) = (w[0], w[1]);
            if crosses(p, q) {
                // Where the segment meets the meridian, on p's side; q unwrapped onto that side.
                let side = if p[0] > 0.0 { 180.0 } else { -180.0 };
                let q_lon = q[0] + 2.0 * side;
                let t = if q_lon == p[0] { 0.0 } else { (side - p[0]) / (q_lon - p[0]) };
                let lat = p[1] + t * (q[1] - p[1]);
                push_new(parts.last_mut(), [side, lat]);
                parts.push(vec![[-side, lat]]);
            }
            push_new(parts.last_mut(), q);
        }
        let mut parts = parts.into_iter();
        arcs[i] = parts.next().unwrap_or_default();
        for part in parts {
            arc_pieces.push(arcs.len());
            arcs.push(part);
        }
    }
    if pieces.iter().all(|p| p.len() == 1) {
        return Ok(());
    }
    for feature in features {
        let name = if feature.name.is_empty() { feature.id.clone().unwrap_or_default() } else { feature.name.clone() };
        let mut polygons = Vec::new();
        for polygon in &feature.polygons {
            let mut rings = polygon.iter().map(|ring| cut_ring(ring, &pieces, arcs, &name));
            let mut outer = rings.next().unwrap_or_else(|| Ok(vec![]))?.into_iter();
            let mut first = outer.next().into_iter().collect::<Vec<_>>();
            for hole in rings {
                first.extend(hole?);
            }
            polygons.push(first);
            polygons.extend(outer.map(|ring| vec![ring]));
        }
        feature.polygons = polygons;
    }
    Ok(())
}

pub(super) fn push_new(points: Option<&mut Vec<[f64; 2]>>, p: [f64; 2]) {
    if let Some(points) = points {
        if points.last() != Some(&p) {
            points.push(p);
        }
    }
}

/// One ring, with arcs replaced by their pieces: itself if it does not cross, else one ring per
/// side, each closed along the meridian.
pub(super) fn cut_ring(
    ring: &[i32],
    pieces: &[Vec<usize>],
    arcs: &mut Vec<Vec<[f64; 2]>>,
    name: &str,
) -> Fallible<Vec<Vec<i32>>> {
    // Chains of references, broken where the ring jumps from one side to the other.
    let mut chains: Vec<Vec<i32>> = vec![vec![]];
    for &r in ring {
        let list = &pieces[arc_index(r)];
        for (k, &a) in list.iter().enumerate() {
            if k > 0 {
                chains.push(vec![]);
            }
            let a = i32::try_from(if r < 0 { list[list.len() - 1 - k] } else { a }).map_err(|_| "too many arcs")?;
            if let Some(chain) = chains.last_mut() {
                chain.push(if r < 0 { !a } else { a });
            }
        }
    }
    if chains.len() == 1 {
        return Ok(chains);
    }
    // The ring is closed: its last chain runs on into its first.
    let last = chains.pop().unwrap_or_default();
    chains[0].splice(0..0, last);
    if chains.len() != 2 {
        return Err(format!(
            "a ring of {name} crosses the antimeridian {} times; only twice is supported",
            chains.len()
        ));
    }
    let point = |r: i32, at_end: bool| {
        let arc = &arcs[arc_index(r)];
        if (r < 0) != at_end {
            arc[arc.len() - 1]
        } else {
            arc[0]
        }
    };
    let ends: Vec<Option<([f64; 2], [f64; 2])>> =
        chains.iter().map(|c| Some((point(*c.last()?, true), point(*c.first()?, false)))).collect();
    let mut rings = Vec::new();
    for (mut chain, ends) in chains.into_iter().zip(ends) {
        let Some((from, to)) = ends else { continue };
        if from[0] != to[0] || from[0].abs() != 180.0 {
            return Err(format!("a ring of {name} does not come back across the antimeridian where expected"));
        }
        // Along the meridian, a point per degree: it is curved in Equal Earth.
        let steps = ((to[1] - from[1]).abs().ceil() as usize).max(1);
        let meridian = (0..=steps).map(|k| [from[0], from[1] + (to[1] - from[1]) * k as f64 / steps as f64]).collect();
        chain.push(i32::try_from(arcs.len()).map_err(|_| "too many arcs")?);
        arcs.push(meridian);
        rings.push(chain);
    }
    Ok(rings)
}
