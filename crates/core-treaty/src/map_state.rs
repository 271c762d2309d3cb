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
    /// The search's list of options is open.
    pub options_open: bool,
    /// The option the arrow keys are on, counted from the top of the list.
    pub active_option: Option<usize>,
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
    /// The reader typed in the search box: the list opens on the new options, none active.
    Query(String),
    /// Arrow Down (+1) or Up (-1) in the search box, over a list of `options` options: the list
    /// opens, and the active option moves, wrapping round.
    MoveOption {
        by: i8,
        options: usize,
    },
    /// Enter in the search box: the active option if any, else the state the query names alone
    /// (`pick`), is chosen; with neither, the list opens and nothing is selected.
    Enter {
        options: Rc<Vec<(String, String)>>,
        pick: Option<(String, String)>,
    },
    /// An option chosen (Enter, a click): its code and label. The state is selected, the box
    /// shows its name, the list closes.
    Choose(String, String),
    /// Escape in the search box: closes the list, or clears the box when it is closed.
    Escape,
    /// The search box lost focus: the list closes.
    CloseOptions,
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
            options_open: false,
            active_option: None,
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
            Msg::Query(query) => {
                self.options_open = !query.trim().is_empty();
                self.query = query;
                self.active_option = None;
            }
            Msg::MoveOption { by, options } => {
                if options > 0 {
                    let last = options - 1;
                    self.active_option = Some(match (self.active_option.filter(|i| *i <= last), by >= 0) {
                        (None, true) => 0,
                        (None, false) => last,
                        (Some(i), true) => {
                            if i == last {
                                0
                            } else {
                                i + 1
                            }
                        }
                        (Some(i), false) => i.checked_sub(1).unwrap_or(last),
                    });
                    self.options_open = true;
                }
            }
            Msg::Enter { options, pick } => {
                let active = self.active_option.filter(|_| self.options_open).and_then(|i| options.get(i).cloned());
                match active.or(pick) {
                    Some((code, label)) => self.choose(code, label),
                    None => self.options_open = !self.query.trim().is_empty(),
                }
            }
            Msg::Choose(code, label) => self.choose(code, label),
            Msg::Escape => {
                if self.options_open {
                    self.options_open = false;
                    self.active_option = None;
                } else {
                    self.query.clear();
                }
            }
            Msg::CloseOptions => {
                self.options_open = false;
                self.active_option = None;
            }
            Msg::Sort(column) => {
                let ascending = self.sort.column != column || !self.sort.ascending;
                self.sort = Sort { column, ascending };
            }
            Msg::Zoom(change, size) => self.zoom = Some(self.zoom_on(size).apply(change, size)),
        }
        self
    }

    fn choose(&mut self, code: String, label: String) {
        self.select(Some(code));
        self.query = label;
        self.options_open = false;
        self.active_option = None;
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
        assert_eq!(searched, MapState { query: "viet".into(), options_open: true, ..fresh() });
        assert!(!fresh().reduce(Msg::Query("  ".into())).options_open, "nothing typed, no list");
    }

    fn options(codes: &[&str]) -> Rc<Vec<(String, String)>> {
        Rc::new(codes.iter().map(|c| (c.to_string(), format!("name of {c}"))).collect())
    }

    #[test]
    fn arrows_move_through_the_options_and_wrap() {
        let typed = fresh().reduce(Msg::Query("korea".into()));
        let down = typed.clone().reduce(Msg::MoveOption { by: 1, options: 2 });
        assert_eq!(down.active_option, Some(0));
        let down = down.reduce(Msg::MoveOption { by: 1, options: 2 });
        assert_eq!(down.active_option, Some(1));
        assert_eq!(down.clone().reduce(Msg::MoveOption { by: 1, options: 2 }).active_option, Some(0), "wraps");
        assert_eq!(
            typed.clone().reduce(Msg::MoveOption { by: -1, options: 2 }).active_option,
            Some(1),
            "up from none: the last"
        );
        assert_eq!(typed.clone().reduce(Msg::MoveOption { by: 1, options: 0 }), typed, "no options, no move");
        // A new query starts again from no active option.
        assert_eq!(down.reduce(Msg::Query("kor".into())).active_option, None);
        // An arrow reopens a closed list.
        let closed = typed.reduce(Msg::Escape);
        assert!(closed.reduce(Msg::MoveOption { by: 1, options: 2 }).options_open);
    }

    #[test]
    fn enter_chooses_the_active_option_else_the_pick_else_nothing() {
        let typed = fresh().reduce(Msg::Query("korea".into()));
        // Ambiguous: nothing selected, the list stays open.
        let ambiguous = typed.clone().reduce(Msg::Enter { options: options(&["KP", "KR"]), pick: None });
        assert_eq!((ambiguous.selected.as_deref(), ambiguous.options_open), (None, true));
        // The option the arrows are on.
        let second = typed.clone().reduce(Msg::MoveOption { by: -1, options: 2 });
        let chosen = second.reduce(Msg::Enter { options: options(&["KP", "KR"]), pick: None });
        assert_eq!(chosen.selected.as_deref(), Some("KR"));
        assert_eq!((chosen.query.as_str(), chosen.options_open, chosen.active_option), ("name of KR", false, None));
        assert_eq!(chosen.current.as_deref(), Some("KR"), "the arrow keys on the map start there");
        // The one state the query names.
        let uk = fresh().reduce(Msg::Query("UK".into()));
        let pick = Some(("GB".to_string(), "United Kingdom".to_string()));
        let gb = uk.reduce(Msg::Enter { options: options(&["GB", "UA"]), pick });
        assert_eq!((gb.selected.as_deref(), gb.query.as_str()), (Some("GB"), "United Kingdom"));
        // A click on an option.
        let clicked = typed.reduce(Msg::Choose("KP".into(), "North Korea".into()));
        assert_eq!((clicked.selected.as_deref(), clicked.options_open), (Some("KP"), false));
    }

    #[test]
    fn escape_closes_then_clears_and_blur_closes() {
        let typed = fresh().reduce(Msg::Query("korea".into())).reduce(Msg::MoveOption { by: 1, options: 2 });
        let closed = typed.clone().reduce(Msg::Escape);
        assert_eq!((closed.query.as_str(), closed.options_open, closed.active_option), ("korea", false, None));
        let cleared = closed.reduce(Msg::Escape);
        assert_eq!(cleared.query, "");
        let blurred = typed.reduce(Msg::CloseOptions);
        assert_eq!((blurred.query.as_str(), blurred.options_open, blurred.active_option), ("korea", false, None));
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
