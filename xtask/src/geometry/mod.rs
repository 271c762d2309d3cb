//! `cargo xtask geometry`: builds data/world.json, the world map that `<signatory-map>` fetches at
//! run time, from npm world-atlas 2.0.2 countries-50m (TopoJSON; Natural Earth, public domain).
//!
//! Everything costly happens here, once, so the browser only draws ready-made SVG paths:
//! 1. decode the TopoJSON (quantized, delta-encoded arcs) and map ISO numeric ids to alpha-2;
//! 2. project with Equal Earth (equal-area: a choropleth's painted area is what readers compare),
//!    scaled so that the map is `WIDTH` units wide, ±180° at the equator being its edges;
//! 3. simplify each arc once (Douglas–Peucker), so neighbours keep identical borders, and round to
//!    half units: finer detail would not show on a map ~1000 px wide, even zoomed in a few times;
//! 4. write one path per state or territory, and a dot for each state too small to see or tap.
//!
//! Files: `topojson.rs` (1), `antimeridian.rs` (cutting at ±180°, before projecting),
//! `projection.rs` (2), `simplify.rs` (3), `build.rs` (4); `tests.rs` covers them all.
//!
//! Editorial choices, also in data/schema/world.schema.json:
//! - Antarctica is left out: no state can sign for it, and Equal Earth stretches it into a band
//!   across the whole width.
//! - Features without an id: Somaliland and N. Cyprus are dissolved into Somalia and Cyprus, as on
//!   UN maps; Kosovo and Siachen Glacier are `other`: land drawn neutrally, never selectable (the
//!   Indian Ocean Territories would be too, but are too small to draw).
//! - Land that rounding reduces to nothing is not drawn (most small territories); UN member and
//!   observer states never go missing, as each too small to see gets a dot.
//! - Territories with their own ISO code (Greenland, Puerto Rico, Taiwan, Hong Kong, W. Sahara…)
//!   keep it; the widget decides how to show codes that are not UN states.

use crate::iso;
use crate::{root, Result};
use std::collections::BTreeMap;

/// Errors as messages that name the input and what is wrong with it.
type Fallible<T> = std::result::Result<T, String>;

/// The input, installed by npm from tools/package.json.
pub const ATLAS: &str = "tools/node_modules/world-atlas/countries-50m.json";
/// The output, committed, and copied into dist/data/ by `cargo xtask dist`.
pub const OUTPUT: &str = "data/world.json";
const SCHEMA_REF: &str = "./schema/world.schema.json";
const SOURCE: &str = "world-atlas 2.0.2 countries-50m (Natural Earth, public domain)";

/// Map width in output units; the height follows from the data (Equal Earth is about 2:1).
const WIDTH: f64 = 1000.0;
/// Douglas–Peucker tolerance in output units. 0.5 looks right at 1000 px and still when zoomed
/// in a few times on Europe or the Caribbean (next to 0.4, a few coasts are a little more
/// angular at 7×); it costs 13% fewer gzipped bytes than 0.4, which cost 15% fewer than 0.3.
/// 0.6 shows: Greece's and Denmark's coasts turn to polygons.
const TOLERANCE: f64 = 0.5;
/// Coordinates are rounded to 1/STEPS of a unit (half units: "12.5"). Whole units save 30% of the
/// gzipped bytes but look jagged once zoomed in (a unit is 4 px at 4× on a 1000 px map); tenths
/// cost 50% more for no visible gain at this tolerance. Must divide 10 (one decimal at most).
const STEPS: i32 = 2;
/// A state also gets a dot when its largest piece of land is smaller than DOT_AREA square units
/// (one unit² ≈ 1,190 km² in this equal-area projection, so 6 ≈ 7,100 km², a square 2.5 units
/// wide: under 1 px on a 320 px phone) or narrower on average than DOT_WIDTH units (its area over
/// its longest side: slivers such as the Gambia). This catches the microstates, states made of
/// small islands (Maldives, Kiribati, Bahamas, Vanuatu…) and the West Bank, and leaves out
/// states drawn visibly, from Cyprus (7.7 units², 1.4 wide) and Lebanon upwards.
const DOT_AREA: f64 = 6.0;
const DOT_WIDTH: f64 = 1.25;

/// ISO numeric ids of features left out (010 Antarctica).
const LEFT_OUT: [&str; 1] = ["010"];
/// Features without an id that UN maps show as part of a member state: (atlas name, alpha-2).
const PART_OF: [(&str, &str); 2] = [("Somaliland", "SO"), ("N. Cyprus", "CY")];
/// Not UN members, but states that the UN Secretary-General, as depositary, accepts under an
/// "all States" clause, so they may join this Convention: they get a dot too when small.
const ALSO_STATES: [&str; 2] = ["CK", "NU"];
/// Capitals of states that the atlas lacks, as (alpha-2, longitude, latitude) in degrees.
/// Source: CIA World Factbook, "Capital: geographic coordinates" (Funafuti 8 31 S, 179 13 E).
const CAPITALS: [(&str, f64, f64); 1] = [("TV", 179.0 + 13.0 / 60.0, -(8.0 + 31.0 / 60.0))];

/// A decoded TopoJSON topology: arcs in longitude/latitude degrees, and the features of one
/// object (a GeometryCollection of Polygon and MultiPolygon).
#[derive(Debug)]
pub struct Topology {
    pub arcs: Vec<Vec<[f64; 2]>>,
    pub features: Vec<Feature>,
}

/// One feature: polygons → rings → arc references (a negative reference `!i` is arc i reversed).
#[derive(Debug, Clone)]
pub struct Feature {
    pub id: Option<String>,
    pub name: String,
    pub polygons: Vec<Vec<Vec<i32>>>,
}

/// The finished map, in output units (x right, y down, origin top left).
#[derive(Debug)]
pub struct World {
    pub width: u32,
    pub height: u32,
    /// (alpha-2, SVG path), sorted by code.
    pub shapes: Vec<(String, String)>,
    /// (alpha-2, x, y), sorted by code.
    pub dots: Vec<(String, i32, i32)>,
    /// (atlas name, SVG path) of land without a code, sorted by name.
    pub other: Vec<(String, String)>,
}

/// `cargo xtask geometry`
pub fn run(args: &[String]) -> Result {
    if !args.is_empty() {
        return Err(format!("geometry: unexpected arguments {args:?}").into());
    }
    crate::tools::ensure_npm_tools(&crate::tools::env())?;
    let json = generate()?;
    std::fs::write(root().join(OUTPUT), &json).map_err(|e| format!("writing {OUTPUT}: {e}"))?;
    let gzip = crate::dist::gzip_len(json.as_bytes())?;
    println!("wrote {OUTPUT}: {} bytes, {} bytes gzip -9", json.len(), gzip);
    Ok(())
}

/// Reads the installed atlas and returns the bytes of data/world.json.
pub fn generate() -> Fallible<String> {
    let path = root().join(ATLAS);
    let text = std::fs::read_to_string(&path).map_err(|e| {
        format!("reading {}: {e} (is world-atlas installed? `cargo xtask geometry` installs it)", path.display())
    })?;
    let topology = parse_topology(&text, "countries").map_err(|e| format!("{ATLAS}: {e}"))?;
    for (name, code) in PART_OF {
        if !topology.features.iter().any(|f| f.id.is_none() && f.name == name) {
            return Err(format!("{ATLAS}: no feature named {name} (drawn as part of {code}): has the atlas changed?"));
        }
    }
    let states: Vec<&str> = core_treaty::UN_STATES.iter().chain(&ALSO_STATES).copied().collect();
    Ok(build(&topology, &states)?.to_json())
}

mod antimeridian;
mod build;
mod projection;
mod simplify;
mod topojson;

use antimeridian::*;
use build::*;
use projection::*;
use simplify::*;
use topojson::*;

#[cfg(test)]
mod tests;
