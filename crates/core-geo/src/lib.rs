//! The world map's geometry, built by `cargo xtask geometry` into `data/world.json`: projected
//! (Equal Earth), simplified, quantized SVG paths per ISO 3166-1 alpha-2 code, and dots for the
//! states too small to see. This crate reads that file and answers what the map asks without a
//! browser: where each country is, which one an arrow key leads to, and how zooming, dragging and
//! pinching change the view.

mod gesture;
mod zoom;

pub use gesture::{PointerMove, Pointers, DRAG_THRESHOLD_PX};
pub use zoom::{two_decimals, MapSize, Zoom, ZoomChange, BUTTON_FACTOR, MAX_SCALE, WHEEL_FACTOR};

use core_json::{DataError, Node};

/// A selectable place: its code and where the keyboard finds it.
pub type Place = (String, (f64, f64));

#[derive(Debug, Clone, PartialEq)]
pub struct World {
    pub width: f64,
    pub height: f64,
    pub shapes: Vec<Shape>,
    pub dots: Vec<Dot>,
    /// Land without a code (Kosovo, Siachen): drawn, never selectable.
    pub other: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub iso2: String,
    /// SVG path data (`M x y l dx dy … z`), used as an attribute value, never as markup.
    pub path: String,
    /// Centre of the largest ring: where the country "is" for the keyboard (Alaska does not
    /// pull the United States into the Pacific).
    pub center: (f64, f64),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Dot {
    pub iso2: String,
    pub x: f64,
    pub y: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Bounds {
    min_x: f64,
    min_y: f64,
    max_x: f64,
    max_y: f64,
}

impl Bounds {
    const EMPTY: Bounds = Bounds { min_x: f64::MAX, min_y: f64::MAX, max_x: f64::MIN, max_y: f64::MIN };

    fn add(&mut self, x: f64, y: f64) {
        self.min_x = self.min_x.min(x);
        self.min_y = self.min_y.min(y);
        self.max_x = self.max_x.max(x);
        self.max_y = self.max_y.max(y);
    }

    fn area(&self) -> f64 {
        (self.max_x - self.min_x).max(0.0) * (self.max_y - self.min_y).max(0.0)
    }
}

/// The centre of the largest ring of a path made of `M x y`, relative `l dx dy …` steps and `z`,
/// as the geometry build writes them. Anything else is damage: `None`.
pub fn main_center(path: &str) -> Option<(f64, f64)> {
    let mut rings: Vec<Bounds> = Vec::new();
    let (mut x, mut y) = (0.0, 0.0);
    let mut relative = false;
    let mut pending: Option<f64> = None;
    let mut token = String::new();
    let mut point =
        |value: f64, pending: &mut Option<f64>, relative: bool, rings: &mut Vec<Bounds>| match pending.take() {
            None => *pending = Some(value),
            Some(first) => {
                if relative {
                    x += first;
                    y += value;
                } else {
                    x = first;
                    y = value;
                    rings.push(Bounds::EMPTY);
                }
                if let Some(ring) = rings.last_mut() {
                    ring.add(x, y);
                }
            }
        };
    for c in path.chars().chain(std::iter::once(' ')) {
        // "1.5.5" is 1.5 then .5: a second point starts a number, as a minus sign does.
        let ends_token = matches!(c, 'M' | 'l' | 'z' | ' ' | ',')
            || (c == '-' && !token.is_empty())
            || (c == '.' && token.contains('.'));
        if ends_token && !token.is_empty() {
            point(core_json::parse_decimal(&token)?, &mut pending, relative, &mut rings);
            token.clear();
        }
        match c {
            'M' => relative = false,
            'l' => relative = true,
            'z' | ' ' | ',' => {}
            '0'..='9' | '.' | '-' => token.push(c),
            _ => return None,
        }
    }
    let largest =
        rings.iter().filter(|r| r.area() >= 0.0 && r.min_x <= r.max_x).max_by(|a, b| a.area().total_cmp(&b.area()))?;
    Some(((largest.min_x + largest.max_x) / 2.0, (largest.min_y + largest.max_y) / 2.0))
}

impl World {
    pub fn parse(text: &str) -> Result<World, DataError> {
        let value = core_json::parse(text)?;
        let root = Node::root(&value);
        let mut world = World {
            width: root.field("width")?.as_decimal()?,
            height: root.field("height")?.as_decimal()?,
            shapes: Vec::new(),
            dots: Vec::new(),
            other: Vec::new(),
        };
        for item in root.field("shapes")?.items()? {
            let path_node = item.field("path")?;
            let path = path_node.as_str()?.to_string();
            let center = main_center(&path).ok_or_else(|| path_node.error("is not a path this map can read"))?;
            world.shapes.push(Shape { iso2: item.field("iso2")?.as_str()?.to_string(), path, center });
        }
        for item in root.field("dots")?.items()? {
            let iso2 = item.field("iso2")?.as_str()?.to_string();
            world.dots.push(Dot { iso2, x: item.field("x")?.as_decimal()?, y: item.field("y")?.as_decimal()? });
        }
        if let Some(list) = root.get("other") {
            for item in list.items()? {
                world.other.push(item.field("path")?.as_str()?.to_string());
            }
        }
        Ok(world)
    }

    pub fn size(&self) -> MapSize {
        MapSize { width: self.width, height: self.height }
    }

    /// Every selectable place, once per code, at its dot if it has one (the dot is what the
    /// reader sees for a microstate), else at its main shape's centre.
    pub fn places(&self) -> Vec<Place> {
        let mut places: Vec<Place> = self.dots.iter().map(|d| (d.iso2.clone(), (d.x, d.y))).collect();
        for s in &self.shapes {
            if !places.iter().any(|(code, _)| *code == s.iso2) {
                places.push((s.iso2.clone(), s.center));
            }
        }
        core_sort::sort_by(&mut places, |a, b| a.0.cmp(&b.0));
        places
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

impl Direction {
    /// The direction of an arrow key, by its `KeyboardEvent.key` name.
    pub fn of_key(key: &str) -> Option<Direction> {
        match key {
            "ArrowLeft" => Some(Direction::Left),
            "ArrowRight" => Some(Direction::Right),
            "ArrowUp" => Some(Direction::Up),
            "ArrowDown" => Some(Direction::Down),
            _ => None,
        }
    }
}

/// The place an arrow key leads to from `from`: the nearest one in that direction, where being
/// off-axis counts double, so Right from France goes to Germany, not to Norway.
pub fn neighbour<'a>(places: &'a [Place], from: &str, direction: Direction) -> Option<&'a str> {
    let (_, (x0, y0)) = places.iter().find(|(code, _)| code == from)?;
    places
        .iter()
        .filter(|(code, _)| code != from)
        .filter_map(|(code, (x, y))| {
            let (along, across) = match direction {
                Direction::Right => (x - x0, y - y0),
                Direction::Left => (x0 - x, y - y0),
                Direction::Down => (y - y0, x - x0),
                Direction::Up => (y0 - y, x - x0),
            };
            (along > 0.0).then(|| (code.as_str(), along + 2.0 * across.abs()))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(code, _)| code)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUILT: &str = include_str!("../../../data/world.json");

    #[test]
    fn centers_come_from_the_largest_ring() {
        // A big square at 0..10 and a far-away speck: the centre is the square's.
        assert_eq!(main_center("M0 0l10 0 0 10-10 0zM100 100l0.5 0 0 0.5z"), Some((5.0, 5.0)));
        assert_eq!(main_center("M504 90l-0.5 0 0-0.5z"), Some((503.75, 89.75)));
        // The shortest form the geometry build writes: no leading zero, and a second point
        // starting the next number.
        assert_eq!(main_center("M504 90l-.5 0 0-.5z"), Some((503.75, 89.75)));
        assert_eq!(main_center("M10.5.5l1.5.5 .5 1z"), Some((11.5, 1.25)));
        assert_eq!(main_center("M0 0l1..5z"), None);
        assert_eq!(main_center("M0 0l10 0 <script>"), None);
        assert_eq!(main_center(""), None);
    }

    #[test]
    fn the_built_world_reads_and_places_every_code_once() {
        let world = World::parse(BUILT).unwrap();
        assert_eq!(world.size(), MapSize { width: 1000.0, height: 431.0 });
        let places = world.places();
        for code in ["VN", "FR", "SG", "TV", "MT", "US"] {
            assert!(places.iter().any(|(c, _)| c == code), "{code}");
        }
        let mut codes: Vec<&str> = places.iter().map(|(c, _)| c.as_str()).collect();
        codes.dedup();
        assert_eq!(codes.len(), places.len());
        // Every place lies on the map.
        assert!(places.iter().all(|(_, (x, y))| (0.0..=1000.0).contains(x) && (0.0..=431.0).contains(y)));
        // The United States is placed on its mainland, not between Alaska and Hawaii.
        let us = places.iter().find(|(c, _)| c == "US").unwrap().1;
        let mx = places.iter().find(|(c, _)| c == "MX").unwrap().1;
        assert!((us.0 - mx.0).abs() < 60.0, "US {us:?} vs MX {mx:?}");
    }

    #[test]
    fn arrow_keys_go_to_the_nearest_neighbour_in_that_direction() {
        let world = World::parse(BUILT).unwrap();
        let places = world.places();
        let right_of_france = neighbour(&places, "FR", Direction::Right).unwrap();
        assert!(["DE", "CH", "LU", "BE", "LI", "IT"].contains(&right_of_france), "{right_of_france}");
        let left_of_vietnam = neighbour(&places, "VN", Direction::Left).unwrap();
        assert!(["LA", "TH", "KH", "MM"].contains(&left_of_vietnam), "{left_of_vietnam}");
        assert_eq!(neighbour(&places, "XX", Direction::Up), None);
        assert_eq!(Direction::of_key("ArrowRight"), Some(Direction::Right));
        assert_eq!(Direction::of_key("ArrowUp"), Some(Direction::Up));
        assert_eq!(Direction::of_key("Enter"), None);
        // Walking right always ends (no cycles), at the eastern edge.
        let mut at = "PT".to_string();
        for _ in 0..places.len() {
            match neighbour(&places, &at, Direction::Right) {
                Some(next) => at = next.to_string(),
                None => break,
            }
        }
        assert!(neighbour(&places, &at, Direction::Right).is_none());
    }

    #[test]
    fn damaged_files_are_errors_not_panics() {
        assert!(World::parse("{}").is_err());
        let bad = r#"{"width":10,"height":10,"shapes":[{"iso2":"AA","path":"M0 0l<img>"}],"dots":[]}"#;
        assert!(World::parse(bad).unwrap_err().to_string().contains("shapes[0].path"));
    }
}
