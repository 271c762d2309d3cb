//! The Equal Earth projection, and the frame that scales it to the map's units.

use super::*;

/// Equal Earth (Šavrič, Patterson & Jenny 2018, "The Equal Earth map projection", IJGIS 33(3)),
/// on the unit sphere: degrees in, (x east, y north) out.
pub fn equal_earth(lon: f64, lat: f64) -> [f64; 2] {
    const A1: f64 = 1.340264;
    const A2: f64 = -0.081106;
    const A3: f64 = 0.000893;
    const A4: f64 = 0.003796;
    let m = 3f64.sqrt() / 2.0;
    let theta = (m * lat.to_radians().sin()).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let x = lon.to_radians() * theta.cos() / (m * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    [x, y]
}

/// From the unit sphere to output units: ±180° at the equator map to x = 0 and x = WIDTH; the
/// northernmost point drawn is y = 0.
pub(super) struct Frame {
    scale: f64,
    half_width: f64,
    top: f64,
}

impl Frame {
    pub(super) fn new(top: f64) -> Frame {
        let half_width = equal_earth(180.0, 0.0)[0];
        Frame { scale: WIDTH / (2.0 * half_width), half_width, top }
    }

    pub(super) fn apply(&self, [x, y]: [f64; 2]) -> [f64; 2] {
        [(x + self.half_width) * self.scale, (self.top - y) * self.scale]
    }
}
