//! What the reader is doing with `<signatory-map>`: the view, the selected country and the one the
//! arrow keys are on, the hovered one, the search text, the table's sort and the zoom. Every
//! message says what the reader did (an arrow key, a drag) rather than the state it leads to, so a
//! message sent before the screen caught up with the last one still builds on it.
//!
//! It starts from the map's attributes ([`MapConfig`](crate::map_config::MapConfig)'s view and
//! highlight); the widget starts a new one when they change.

use crate::map_config::View;
use core_geo::{neighbour, Direction, MapSize, Place, Zoom, ZoomChange};
use std::rc::Rc;

/// Where the arrow keys start when no country is current: Viet Nam, where the Convention opened
/// for signature.
pub const KEYBOARD_START: &str = "VN";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Name,
    Signature,
    Ratification,
}

/// The table's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    pub column: Column,
    pub ascending: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MapState {
    pub view: View,
    pub selected: Option<String>,
    /// The country the arrow keys are on.
    pub current: Option<String>,
    pub hovered: Option<String>,
    pub query: String,
    pub sort: Sort,
    /// `None` until the reader zooms: the whole world.
    pub zoom: Option<Zoom>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// The map or the table.
    View(View),
    /// A country chosen (a click, a tap, a search), or `None` to close its details.
    Select(Option<String>),
    /// An arrow key: to the nearest place that way, or to the start if none is current.
    Step(Direction, Rc<Vec<Place>>),
    /// Enter or Space on the map: selects the current place (or the start).
    SelectCurrent(Rc<Vec<Place>>),
    /// The mouse is over a country, or over none.
    Hover(Option<String>),
    Query(String),
    /// A column header: sorts by it, or reverses the order if it is the sort already.
    Sort(Column),
    Zoom(ZoomChange, MapSize),
}

impl MapState {
    /// The reader's state when the widget starts: the attributes' view, and the first highlighted
    /// country selected.
    pub fn new(view: View, highlight: &[String]) -> MapState {
        MapState {
            view,
            selected: highlight.first().cloned(),
            current: highlight.first().cloned(),
            hovered: None,
            query: String::new(),
            sort: Sort { column: Column::Name, ascending: true },
            zoom: None,
        }
    }

    /// The part of a map of `size` on screen.
    pub fn zoom_on(&self, size: MapSize) -> Zoom {
        self.zoom.unwrap_or_else(|| Zoom::whole(size))
    }

    pub fn reduce(mut self, msg: Msg) -> MapState {
        match msg {
            Msg::View(view) => self.view = view,
            Msg::Select(code) => self.select(code),
            Msg::Step(direction, places) => {
                let next = match self.current.as_deref() {
                    Some(from) => neighbour(&places, from, direction).map(str::to_string),
                    None => start(&places),
                };
                if next.is_some() {
                    self.current = next;
                }
            }
            Msg::SelectCurrent(places) => {
                let code = self.current.clone().or_else(|| start(&places));
                if code.is_some() {
                    self.select(code);
                }
            }
            Msg::Hover(code) => self.hovered = code,
            Msg::Query(query) => self.query = query,
            Msg::Sort(column) => {
                let ascending = self.sort.column != column || !self.sort.ascending;
                self.sort = Sort { column, ascending };
            }
            Msg::Zoom(change, size) => self.zoom = Some(self.zoom_on(size).apply(change, size)),
        }
        self
    }

    /// Selecting a country also puts the arrow keys on it; closing leaves them where they were.
    fn select(&mut self, code: Option<String>) {
        if code.is_some() {
            self.current = code.clone();
        }
        self.selected = code;
    }
}

fn start(places: &[Place]) -> Option<String> {
    places.iter().find(|(code, _)| code == KEYBOARD_START).map(|(code, _)| code.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use core_geo::BUTTON_FACTOR;

    const SIZE: MapSize = MapSize { width: 1000.0, height: 431.0 };

    fn places() -> Rc<Vec<Place>> {
        let at = |code: &str, x: f64, y: f64| (code.to_string(), (x, y));
        Rc::new(vec![at("DE", 510.0, 95.0), at("FR", 490.0, 110.0), at("LA", 775.0, 190.0), at("VN", 785.0, 200.0)])
    }

    fn fresh() -> MapState {
        MapState::new(View::Map, &[])
    }

    #[test]
    fn it_starts_from_the_attributes() {
        let state = MapState::new(View::Table, &["FR".to_string(), "DE".to_string()]);
        assert_eq!(state.view, View::Table);
        assert_eq!(state.selected.as_deref(), Some("FR"));
        assert_eq!(state.current.as_deref(), Some("FR"), "the arrow keys start at the highlight");
        assert_eq!((state.hovered, state.query.as_str(), state.zoom), (None, "", None));
        assert_eq!(state.sort, Sort { column: Column::Name, ascending: true });
        let plain = fresh();
        assert_eq!((plain.view, plain.selected, plain.current), (View::Map, None, None));
    }

    #[test]
    fn the_view_switches() {
        assert_eq!(fresh().reduce(Msg::View(View::Table)).view, View::Table);
        assert_eq!(fresh().reduce(Msg::View(View::Table)).reduce(Msg::View(View::Map)).view, View::Map);
    }

    #[test]
    fn selecting_moves_the_keyboard_there_and_closing_leaves_it() {
        let state = fresh().reduce(Msg::Select(Some("FR".into())));
        assert_eq!((state.selected.as_deref(), state.current.as_deref()), (Some("FR"), Some("FR")));
        let closed = state.reduce(Msg::Select(None));
        assert_eq!((closed.selected, closed.current.as_deref()), (None, Some("FR")));
    }

    #[test]
    fn arrows_start_in_viet_nam_then_walk_to_neighbours() {
        let state = fresh().reduce(Msg::Step(Direction::Right, places()));
        assert_eq!(state.current.as_deref(), Some(KEYBOARD_START));
        let state = state.reduce(Msg::Step(Direction::Left, places()));
        assert_eq!(state.current.as_deref(), Some("LA"));
        // Each step builds on the last, however quickly they come.
        let state = state.reduce(Msg::Step(Direction::Left, places())).reduce(Msg::Step(Direction::Up, places()));
        assert_eq!(state.current.as_deref(), Some("DE"), "left of Laos is France, and Germany is above it");
        // Nothing that way: the keys stay where they are. Arrows never select.
        let state = state.reduce(Msg::Step(Direction::Up, places()));
        assert_eq!((state.current.as_deref(), state.selected), (Some("DE"), None));
        // A map without the start place: the first arrow finds nothing.
        let elsewhere = Rc::new(vec![("FR".to_string(), (490.0, 105.0))]);
        assert_eq!(fresh().reduce(Msg::Step(Direction::Down, elsewhere)).current, None);
    }

    #[test]
    fn enter_selects_the_current_place_or_the_start() {
        let state = fresh().reduce(Msg::SelectCurrent(places()));
        assert_eq!((state.selected.as_deref(), state.current.as_deref()), (Some("VN"), Some("VN")));
        let state = state.reduce(Msg::Step(Direction::Left, places())).reduce(Msg::SelectCurrent(places()));
        assert_eq!(state.selected.as_deref(), Some("LA"));
        let elsewhere = Rc::new(vec![("FR".to_string(), (490.0, 105.0))]);
        assert_eq!(fresh().reduce(Msg::SelectCurrent(elsewhere)), fresh(), "nothing to select");
    }

    #[test]
    fn hovering_and_searching_change_nothing_else() {
        let state = fresh().reduce(Msg::Hover(Some("DE".into())));
        assert_eq!(state, MapState { hovered: Some("DE".into()), ..fresh() });
        assert_eq!(state.reduce(Msg::Hover(None)), fresh());
        let searched = fresh().reduce(Msg::Query("viet".into()));
        assert_eq!(searched, MapState { query: "viet".into(), ..fresh() });
    }

    #[test]
    fn a_column_sorts_then_reverses() {
        let by = |column, ascending| Sort { column, ascending };
        let state = fresh().reduce(Msg::Sort(Column::Name));
        assert_eq!(state.sort, by(Column::Name, false), "names are the first order: a click reverses it");
        let state = state.reduce(Msg::Sort(Column::Signature));
        assert_eq!(state.sort, by(Column::Signature, true));
        let state = state.reduce(Msg::Sort(Column::Signature));
        assert_eq!(state.sort, by(Column::Signature, false));
        assert_eq!(state.reduce(Msg::Sort(Column::Ratification)).sort, by(Column::Ratification, true));
    }

    #[test]
    fn zoom_changes_build_on_the_current_zoom() {
        assert_eq!(fresh().zoom_on(SIZE), Zoom::whole(SIZE));
        let once = fresh().reduce(Msg::Zoom(ZoomChange::By(BUTTON_FACTOR), SIZE));
        assert_eq!(once.zoom_on(SIZE).scale, BUTTON_FACTOR);
        let twice = once.reduce(Msg::Zoom(ZoomChange::By(BUTTON_FACTOR), SIZE));
        assert_eq!(twice.zoom_on(SIZE).scale, BUTTON_FACTOR * BUTTON_FACTOR);
        let dragged = twice.clone().reduce(Msg::Zoom(ZoomChange::Drag { by: (10.0, 0.0), frame_width: 500.0 }, SIZE));
        assert!(dragged.zoom_on(SIZE).cx < twice.zoom_on(SIZE).cx, "the map follows the pointer");
        let whole = dragged.reduce(Msg::Zoom(ZoomChange::Whole, SIZE));
        assert_eq!(whole.zoom, Some(Zoom::whole(SIZE)));
    }
}
