//! What the reader is doing with the map: the view, the selected and the keyboard's current
//! country, the search text, the table's sort, and the zoom.

use core_treaty::map_config::View;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Name,
    Signature,
    Ratification,
}

/// The visible part of the map: a centre and a scale (1 = the whole world).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Zoom {
    pub scale: f64,
    pub cx: f64,
    pub cy: f64,
}

pub const MAX_SCALE: f64 = 12.0;

impl Zoom {
    pub fn whole(width: f64, height: f64) -> Zoom {
        Zoom { scale: 1.0, cx: width / 2.0, cy: height / 2.0 }
    }

    /// Zooms by `factor` keeping the map point (`x`, `y`) where it is on screen.
    pub fn zoom_at(self, factor: f64, x: f64, y: f64, width: f64, height: f64) -> Zoom {
        let scale = (self.scale * factor).clamp(1.0, MAX_SCALE);
        let k = self.scale / scale;
        Zoom { scale, cx: x + (self.cx - x) * k, cy: y + (self.cy - y) * k }.clamped(width, height)
    }

    pub fn pan(self, dx: f64, dy: f64, width: f64, height: f64) -> Zoom {
        Zoom { cx: self.cx + dx, cy: self.cy + dy, ..self }.clamped(width, height)
    }

    /// Keeps the centre on the map, so the reader cannot lose it off screen.
    fn clamped(self, width: f64, height: f64) -> Zoom {
        let (half_w, half_h) = (width / (2.0 * self.scale), height / (2.0 * self.scale));
        Zoom { cx: self.cx.clamp(half_w, width - half_w), cy: self.cy.clamp(half_h, height - half_h), ..self }
    }

    pub fn view_box(self, width: f64, height: f64) -> String {
        let (w, h) = (width / self.scale, height / self.scale);
        // Whole numbers are plenty at map scale, and keep float printing out of the wasm.
        format!(
            "{} {} {} {}",
            (self.cx - w / 2.0) as i64,
            (self.cy - h / 2.0) as i64,
            w.round() as i64,
            h.round() as i64
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct MapState {
    pub view: View,
    pub selected: Option<String>,
    /// The country the arrow keys are on.
    pub current: Option<String>,
    pub hovered: Option<String>,
    pub query: String,
    pub sort: (Column, bool),
    pub zoom: Option<Zoom>,
}

pub enum Msg {
    View(View),
    Select(Option<String>),
    Current(String),
    Hover(Option<String>),
    Query(String),
    Sort(Column),
    Zoom(Zoom),
}

impl MapState {
    pub fn new(view: View, highlight: &[String]) -> MapState {
        MapState {
            view,
            selected: highlight.first().cloned(),
            current: highlight.first().cloned(),
            hovered: None,
            query: String::new(),
            sort: (Column::Name, true),
            zoom: None,
        }
    }
}

impl Reducible for MapState {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        match msg {
            Msg::View(view) => next.view = view,
            Msg::Select(code) => {
                if code.is_some() {
                    next.current = code.clone();
                }
                next.selected = code;
            }
            Msg::Current(code) => next.current = Some(code),
            Msg::Hover(code) => next.hovered = code,
            Msg::Query(query) => next.query = query,
            Msg::Sort(column) => {
                next.sort = if next.sort.0 == column { (column, !next.sort.1) } else { (column, true) }
            }
            Msg::Zoom(zoom) => next.zoom = Some(zoom),
        }
        Rc::new(next)
    }
}
