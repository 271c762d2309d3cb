//! The visible part of the map and how the reader changes it: buttons, the wheel, a drag, a
//! pinch. Every change is worked out from the zoom it applies to, so a change that arrives before
//! the screen caught up with the last one still builds on it.

/// The map's own size in map units (`World::width` × `World::height`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapSize {
    pub width: f64,
    pub height: f64,
}

/// A centre and a scale (1 = the whole world).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Zoom {
    pub scale: f64,
    pub cx: f64,
    pub cy: f64,
}

pub const MAX_SCALE: f64 = 12.0;
/// One press of the zoom in button; zoom out divides by it.
pub const BUTTON_FACTOR: f64 = 1.5;
/// One notch of the wheel.
pub const WHEEL_FACTOR: f64 = 1.25;

/// What the reader did to the view.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ZoomChange {
    /// By `factor` about the centre of the view (the buttons, a pinch).
    By(f64),
    /// By `factor` about a point on screen, `offset` pixels from the middle of a frame
    /// `frame_width` pixels wide (the wheel, which zooms where the pointer is).
    Around { factor: f64, offset: (f64, f64), frame_width: f64 },
    /// The map follows a pointer that moved by `by` pixels, in a frame `frame_width` pixels wide.
    Drag { by: (f64, f64), frame_width: f64 },
    /// Back to the whole world.
    Whole,
}

impl ZoomChange {
    /// One wheel notch at `offset` pixels from the frame's middle: up zooms in, down out.
    pub fn wheel(delta_y: f64, offset: (f64, f64), frame_width: f64) -> ZoomChange {
        let factor = if delta_y < 0.0 { WHEEL_FACTOR } else { 1.0 / WHEEL_FACTOR };
        ZoomChange::Around { factor, offset, frame_width }
    }
}

impl Zoom {
    pub fn whole(size: MapSize) -> Zoom {
        Zoom { scale: 1.0, cx: size.width / 2.0, cy: size.height / 2.0 }
    }

    pub fn apply(self, change: ZoomChange, size: MapSize) -> Zoom {
        match change {
            ZoomChange::By(factor) => self.zoom_at(factor, self.cx, self.cy, size),
            ZoomChange::Around { factor, offset: (dx, dy), frame_width } => {
                let per_px = self.units_per_px(size, frame_width);
                self.zoom_at(factor, self.cx + dx * per_px, self.cy + dy * per_px, size)
            }
            ZoomChange::Drag { by: (dx, dy), frame_width } => {
                // The map moves with the pointer, so the centre moves against it.
                let per_px = self.units_per_px(size, frame_width);
                self.pan(-dx * per_px, -dy * per_px, size)
            }
            ZoomChange::Whole => Zoom::whole(size),
        }
    }

    /// Zooms by `factor` keeping the map point (`x`, `y`) where it is on screen.
    pub fn zoom_at(self, factor: f64, x: f64, y: f64, size: MapSize) -> Zoom {
        let scale = between(self.scale * factor, 1.0, MAX_SCALE);
        let k = self.scale / scale;
        Zoom { scale, cx: x + (self.cx - x) * k, cy: y + (self.cy - y) * k }.clamped(size)
    }

    /// Moves the centre by (`dx`, `dy`) map units.
    pub fn pan(self, dx: f64, dy: f64, size: MapSize) -> Zoom {
        Zoom { cx: self.cx + dx, cy: self.cy + dy, ..self }.clamped(size)
    }

    /// Keeps the centre on the map, so the reader cannot lose it off screen.
    fn clamped(self, size: MapSize) -> Zoom {
        let (half_w, half_h) = (size.width / (2.0 * self.scale), size.height / (2.0 * self.scale));
        Zoom {
            cx: between(self.cx, half_w, size.width - half_w),
            cy: between(self.cy, half_h, size.height - half_h),
            ..self
        }
    }

    /// Map units per screen pixel when the map is drawn `frame_width` pixels wide (1 while the
    /// frame has no width yet, so nothing divides by zero).
    pub fn units_per_px(self, size: MapSize, frame_width: f64) -> f64 {
        if frame_width > 0.0 {
            size.width / self.scale / frame_width
        } else {
            1.0
        }
    }

    /// The SVG `viewBox` showing this part of the map.
    pub fn view_box(self, size: MapSize) -> String {
        let (w, h) = (size.width / self.scale, size.height / self.scale);
        // Whole numbers are plenty at map scale, and keep float printing out of the wasm.
        format!(
            "{} {} {} {}",
            (self.cx - w / 2.0) as i64,
            (self.cy - h / 2.0) as i64,
            w.round() as i64,
            h.round() as i64
        )
    }

    /// The radius of a microstate's dot, in map units: the same size on screen at every zoom.
    pub fn dot_radius(self) -> f64 {
        3.2 / self.scale
    }
}

/// A number with two decimals, for SVG attributes, without Rust's float printing (~15 KB of
/// wasm): the geometry is in half units, and radii need no more precision than this.
pub fn two_decimals(value: f64) -> String {
    let hundredths = (value * 100.0).round() as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let abs = hundredths.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// `value` kept within `low..=high`, never panicking: `f64::clamp` panics when the bounds cross
/// or are NaN (a zero-sized frame can do that), and its message formats floats, which would put
/// float printing into the wasm. A NaN value becomes `low`.
fn between(value: f64, low: f64, high: f64) -> f64 {
    value.max(low).min(high)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIZE: MapSize = MapSize { width: 1000.0, height: 431.0 };

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn the_whole_world_is_centred_at_scale_one() {
        let whole = Zoom::whole(SIZE);
        assert_eq!(whole, Zoom { scale: 1.0, cx: 500.0, cy: 215.5 });
        assert_eq!(whole.view_box(SIZE), "0 0 1000 431");
        assert_eq!(Zoom { scale: 3.0, cx: 100.0, cy: 50.0 }.apply(ZoomChange::Whole, SIZE), whole);
    }

    #[test]
    fn zooming_keeps_the_chosen_point_in_place() {
        let zoom = Zoom::whole(SIZE).zoom_at(2.0, 700.0, 200.0, SIZE);
        assert_eq!(zoom.scale, 2.0);
        // The point 700,200 was 200 units right of the centre at scale 1; at scale 2 it is 100.
        assert!(close(zoom.cx, 600.0) && close(zoom.cy, 207.75), "{zoom:?}");
        assert_eq!(zoom.view_box(SIZE), "350 100 500 216");
    }

    #[test]
    fn the_scale_stays_between_the_whole_world_and_the_maximum() {
        let out = Zoom::whole(SIZE).apply(ZoomChange::By(1.0 / BUTTON_FACTOR), SIZE);
        assert_eq!(out, Zoom::whole(SIZE));
        let mut zoom = Zoom::whole(SIZE);
        for _ in 0..20 {
            zoom = zoom.apply(ZoomChange::By(BUTTON_FACTOR), SIZE);
        }
        assert_eq!(zoom.scale, MAX_SCALE);
    }

    #[test]
    fn the_centre_cannot_leave_the_map() {
        let zoom = Zoom::whole(SIZE).apply(ZoomChange::By(2.0), SIZE);
        // At scale 2 the view is 500 × 215.5 units: its centre stays 250 and 107.75 from the edges.
        let far = zoom.pan(-10_000.0, 10_000.0, SIZE);
        assert!(close(far.cx, 250.0) && close(far.cy, 323.25), "{far:?}");
        // At scale 1 there is nowhere to go.
        assert_eq!(Zoom::whole(SIZE).pan(30.0, -30.0, SIZE), Zoom::whole(SIZE));
    }

    #[test]
    fn pixels_become_map_units_at_the_current_scale() {
        let zoom = Zoom { scale: 2.0, cx: 500.0, cy: 215.5 };
        // 1000 units at scale 2 in a 250 px frame: 2 units per pixel.
        assert_eq!(zoom.units_per_px(SIZE, 250.0), 2.0);
        assert_eq!(zoom.units_per_px(SIZE, 0.0), 1.0, "a frame not laid out yet");
        // Dragging 10 px right moves the map right: the centre goes 20 units left.
        let dragged = zoom.apply(ZoomChange::Drag { by: (10.0, -5.0), frame_width: 250.0 }, SIZE);
        assert!(close(dragged.cx, 480.0) && close(dragged.cy, 225.5), "{dragged:?}");
    }

    #[test]
    fn the_wheel_zooms_about_the_pointer() {
        let whole = Zoom::whole(SIZE);
        // 100 px right of the middle of a 500 px frame is map x 700 at scale 1.
        let zoomed = whole.apply(ZoomChange::wheel(-1.0, (100.0, 0.0), 500.0), SIZE);
        assert_eq!(zoomed, whole.zoom_at(WHEEL_FACTOR, 700.0, 215.5, SIZE));
        assert_eq!(zoomed.scale, WHEEL_FACTOR);
        let back = zoomed.apply(ZoomChange::wheel(1.0, (0.0, 0.0), 500.0), SIZE);
        assert!(close(back.scale, 1.0), "{back:?}");
        // Each notch builds on the last.
        let twice = zoomed.apply(ZoomChange::wheel(-1.0, (100.0, 0.0), 500.0), SIZE);
        assert!(close(twice.scale, WHEEL_FACTOR * WHEEL_FACTOR), "{twice:?}");
    }

    #[test]
    fn view_boxes_and_radii_are_printed_without_float_formatting() {
        let zoom = Zoom { scale: 3.0, cx: 333.4, cy: 100.9 };
        assert_eq!(zoom.view_box(SIZE), "166 29 333 144");
        assert_eq!(two_decimals(zoom.dot_radius()), "1.07");
        assert_eq!(two_decimals(Zoom::whole(SIZE).dot_radius()), "3.20");
        assert_eq!(two_decimals(-0.5), "-0.50");
        assert_eq!(two_decimals(12.345), "12.35");
        assert_eq!(two_decimals(0.004), "0.00");
    }

    #[test]
    fn bounds_never_panic_even_crossed_or_nan() {
        assert_eq!(between(5.0, 1.0, 3.0), 3.0);
        assert_eq!(between(f64::NAN, 1.0, 3.0), 1.0);
        assert_eq!(between(2.0, 3.0, 1.0), 1.0, "crossed bounds: the upper one wins, no panic");
    }
}
