//! Pointers on the map, and what their moves mean: a tap selects, a drag pans, two fingers
//! pinch. Positions are screen pixels, as pointer events give them.

use crate::zoom::ZoomChange;

/// A pointer must move this far (in pixels, across plus down) before a press becomes a drag,
/// so a slightly shaky tap still selects.
pub const DRAG_THRESHOLD_PX: f64 = 4.0;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Pointer {
    id: i32,
    x: f64,
    y: f64,
}

/// The pointers down on the map, for drags and pinches.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Pointers {
    down: Vec<Pointer>,
    /// Whether this press has dragged or pinched, so lifting it is not a tap.
    moved: bool,
}

/// What a pointer's move means.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PointerMove {
    /// The pointer is not pressed: it hovers.
    Hover,
    /// Pressed, but not far enough yet to mean anything.
    Still,
    Zoom(ZoomChange),
}

impl Pointers {
    pub fn down(&mut self, id: i32, x: f64, y: f64) {
        if self.down.is_empty() {
            self.moved = false;
        }
        self.down.push(Pointer { id, x, y });
    }

    /// Pointer `id` moved to (`x`, `y`) over a frame `frame_width` pixels wide.
    pub fn move_to(&mut self, id: i32, x: f64, y: f64, frame_width: f64) -> PointerMove {
        let Some(before) = self.down.iter().find(|p| p.id == id).copied() else { return PointerMove::Hover };
        let other = match self.down.as_slice() {
            [first, second] => Some(if first.id == id { *second } else { *first }),
            _ => None,
        };
        let change = match other {
            Some(other) => {
                // Two fingers: the view scales as the distance between them does.
                let (was, is) = (distance(before, other), distance(Pointer { id, x, y }, other));
                (was > 0.0 && is > 0.0).then_some(ZoomChange::By(is / was))
            }
            None => {
                let by = (x - before.x, y - before.y);
                if !self.moved && by.0.abs() + by.1.abs() <= DRAG_THRESHOLD_PX {
                    // Measured from where the press began, so slow drags still start.
                    return PointerMove::Still;
                }
                Some(ZoomChange::Drag { by, frame_width })
            }
        };
        if let Some(pointer) = self.down.iter_mut().find(|p| p.id == id) {
            *pointer = Pointer { id, x, y };
        }
        match change {
            Some(change) => {
                self.moved = true;
                PointerMove::Zoom(change)
            }
            None => PointerMove::Still,
        }
    }

    /// Pointer `id` was lifted: true when that ends a tap (it was down and nothing dragged).
    pub fn up(&mut self, id: i32) -> bool {
        let was_down = self.down.iter().any(|p| p.id == id);
        self.down.retain(|p| p.id != id);
        was_down && !self.moved
    }

    /// The pointer left the map: whatever it was doing ends there.
    pub fn clear(&mut self) {
        self.down.clear();
    }
}

fn distance(a: Pointer, b: Pointer) -> f64 {
    ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRAME: f64 = 500.0;

    #[test]
    fn a_press_and_lift_in_place_is_a_tap() {
        let mut pointers = Pointers::default();
        assert_eq!(pointers.move_to(1, 10.0, 10.0, FRAME), PointerMove::Hover, "not pressed yet");
        pointers.down(1, 10.0, 10.0);
        // A shaky finger: 2 + 2 px is within the threshold.
        assert_eq!(pointers.move_to(1, 12.0, 12.0, FRAME), PointerMove::Still);
        assert!(pointers.up(1));
        assert!(!pointers.up(1), "a second lift is no tap");
        assert!(!pointers.up(7), "nor is a pointer that was never down");
    }

    #[test]
    fn past_the_threshold_a_press_drags_and_is_no_longer_a_tap() {
        let mut pointers = Pointers::default();
        pointers.down(1, 10.0, 10.0);
        assert_eq!(pointers.move_to(1, 13.0, 11.0, FRAME), PointerMove::Still, "4 px is still a tap");
        // The threshold counts from the press, not from the last move.
        assert_eq!(
            pointers.move_to(1, 13.0, 12.0, FRAME),
            PointerMove::Zoom(ZoomChange::Drag { by: (3.0, 2.0), frame_width: FRAME })
        );
        // Once dragging, every move counts, however small, from the last one.
        assert_eq!(
            pointers.move_to(1, 14.0, 12.0, FRAME),
            PointerMove::Zoom(ZoomChange::Drag { by: (1.0, 0.0), frame_width: FRAME })
        );
        assert!(!pointers.up(1));
        // The next press starts afresh.
        pointers.down(2, 0.0, 0.0);
        assert!(pointers.up(2));
    }

    #[test]
    fn two_fingers_pinch_by_the_ratio_of_their_distances() {
        let mut pointers = Pointers::default();
        pointers.down(1, 100.0, 100.0);
        pointers.down(2, 200.0, 100.0);
        assert_eq!(pointers.move_to(2, 300.0, 100.0, FRAME), PointerMove::Zoom(ZoomChange::By(2.0)));
        // The first finger moves in: 200 → 100 px apart.
        assert_eq!(pointers.move_to(1, 200.0, 100.0, FRAME), PointerMove::Zoom(ZoomChange::By(0.5)));
        // Fingers on the same spot give no ratio.
        assert_eq!(pointers.move_to(1, 300.0, 100.0, FRAME), PointerMove::Still);
        assert!(!pointers.up(1), "a pinch is no tap");
        assert!(!pointers.up(2));
    }

    #[test]
    fn leaving_the_map_ends_the_press() {
        let mut pointers = Pointers::default();
        pointers.down(1, 10.0, 10.0);
        pointers.clear();
        assert_eq!(pointers.move_to(1, 50.0, 50.0, FRAME), PointerMove::Hover);
        assert!(!pointers.up(1));
    }
}
