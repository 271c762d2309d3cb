//! Decoding the atlas: TopoJSON (quantized, delta-encoded arcs) into arcs in degrees and features.

use super::*;

/// Decodes the TopoJSON `text` and the features of `objects[object]`.
pub fn parse_topology(text: &str, object: &str) -> Fallible<Topology> {
    let root: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    if root.get("type").and_then(|t| t.as_str()) != Some("Topology") {
        return Err("not a TopoJSON topology (\"type\" is not \"Topology\")".into());
    }
    let transform = match root.get("transform") {
        None => None,
        Some(t) => Some((pair(t.get("scale"), "transform.scale")?, pair(t.get("translate"), "transform.translate")?)),
    };
    let raw_arcs = root.get("arcs").and_then(|a| a.as_array()).ok_or("no \"arcs\" array")?;
    let mut arcs = Vec::with_capacity(raw_arcs.len());
    for (i, arc) in raw_arcs.iter().enumerate() {
        let positions = arc.as_array().ok_or_else(|| format!("arcs[{i}] is not an array"))?;
        if positions.len() < 2 {
            return Err(format!("arcs[{i}] has fewer than two positions"));
        }
        // Quantized arcs are delta-encoded: each position is an offset from the previous one.
        let (mut qx, mut qy) = (0.0, 0.0);
        let mut points = Vec::with_capacity(positions.len());
        for (j, position) in positions.iter().enumerate() {
            let [x, y] = pair(Some(position), &format!("arcs[{i}][{j}]"))?;
            points.push(match transform {
                Some(([sx, sy], [tx, ty])) => {
                    qx += x;
                    qy += y;
                    [qx * sx + tx, qy * sy + ty]
                }
                None => [x, y],
            });
        }
        arcs.push(points);
    }
    let collection = root.get("objects").and_then(|o| o.get(object)).ok_or_else(|| format!("no objects.{object}"))?;
    let geometries = collection
        .get("geometries")
        .and_then(|g| g.as_array())
        .ok_or_else(|| format!("objects.{object} is not a GeometryCollection"))?;
    let mut features = Vec::new();
    for (g, geometry) in geometries.iter().enumerate() {
        let at = format!("objects.{object}.geometries[{g}]");
        let id = match geometry.get("id") {
            None | Some(serde_json::Value::Null) => None,
            Some(serde_json::Value::String(s)) => Some(s.clone()),
            // The spec allows numeric ids; world-atlas writes "004", so numbers are padded to match.
            Some(serde_json::Value::Number(n)) => Some(format!("{n:0>3}")),
            Some(other) => return Err(format!("{at}: id {other} is neither a string nor a number")),
        };
        let name = geometry.pointer("/properties/name").and_then(|n| n.as_str()).unwrap_or("").to_string();
        let at = format!("{at} ({})", if name.is_empty() { id.as_deref().unwrap_or("no id") } else { &name });
        let arcs_of = geometry.get("arcs");
        let polygons = match geometry.get("type").and_then(|t| t.as_str()) {
            Some("Polygon") => vec![polygon(arcs_of, arcs.len(), &at)?],
            Some("MultiPolygon") => {
                let list =
                    arcs_of.and_then(|a| a.as_array()).ok_or_else(|| format!("{at}: \"arcs\" is not an array"))?;
                list.iter().map(|p| polygon(Some(p), arcs.len(), &at)).collect::<Fallible<_>>()?
            }
            // A null geometry is allowed by the spec and has nothing to draw.
            None if geometry.get("type").is_some_and(|t| t.is_null()) => continue,
            Some(other) => {
                return Err(format!("{at}: unsupported geometry type {other} (expected Polygon or MultiPolygon)"))
            }
            None => return Err(format!("{at}: no geometry type")),
        };
        features.push(Feature { id, name, polygons });
    }
    Ok(Topology { arcs, features })
}

pub(super) fn pair(value: Option<&serde_json::Value>, what: &str) -> Fallible<[f64; 2]> {
    let list = value.and_then(|v| v.as_array()).ok_or_else(|| format!("{what} is not an array"))?;
    match list.as_slice() {
        // Positions may carry more than two numbers (elevation…); only x and y matter here.
        [x, y, ..] => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) if x.is_finite() && y.is_finite() => Ok([x, y]),
            _ => Err(format!("{what} does not hold two numbers")),
        },
        _ => Err(format!("{what} has fewer than two numbers")),
    }
}

pub(super) fn polygon(value: Option<&serde_json::Value>, arc_count: usize, at: &str) -> Fallible<Vec<Vec<i32>>> {
    let rings = value.and_then(|v| v.as_array()).ok_or_else(|| format!("{at}: polygon is not an array of rings"))?;
    if rings.is_empty() {
        return Err(format!("{at}: polygon without rings"));
    }
    let mut out = Vec::with_capacity(rings.len());
    for ring in rings {
        let refs = ring.as_array().ok_or_else(|| format!("{at}: ring is not an array of arc indexes"))?;
        if refs.is_empty() {
            return Err(format!("{at}: empty ring"));
        }
        let mut parsed = Vec::with_capacity(refs.len());
        for r in refs {
            let i = r
                .as_i64()
                .and_then(|i| i32::try_from(i).ok())
                .ok_or_else(|| format!("{at}: arc reference {r} is not an integer"))?;
            if arc_index(i) >= arc_count {
                return Err(format!("{at}: arc reference {i} is out of range ({arc_count} arcs)"));
            }
            parsed.push(i);
        }
        out.push(parsed);
    }
    Ok(out)
}

/// The arc a reference points to: `i`, or `!i` (= -i - 1) for the arc reversed.
pub(super) fn arc_index(reference: i32) -> usize {
    (if reference < 0 { !reference } else { reference }) as usize
}

/// The points of a ring: its arcs joined in order, reversed where the reference is negative,
/// each junction point once; the closing point (equal to the first) is dropped.
pub(super) fn ring_points<T: Copy + PartialEq>(ring: &[i32], arcs: &[Vec<T>]) -> Vec<T> {
    let mut points: Vec<T> = Vec::new();
    for &reference in ring {
        let arc = &arcs[arc_index(reference)];
        let mut push = |p: T| {
            if points.last() != Some(&p) {
                points.push(p);
            }
        };
        if reference < 0 {
            arc.iter().rev().for_each(|&p| push(p));
        } else {
            arc.iter().for_each(|&p| push(p));
        }
    }
    if points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    points
}
