//! The table: every participant, the EU included, sortable by name or date and filtered by the
//! search box; for screen readers it is the map. Also the "download CSV" link.

use crate::format::{ratification_key, ratification_text, signature_html, signature_key, status_text};
use crate::legend::swatch;
use crate::search::name_of;
use core_i18n::{map::Text, Catalog, Lang};
use core_search::Index;
use core_treaty::map_state::{Column, Sort};
use core_treaty::{Participant, Signatories};
use std::rc::Rc;
use ui_common::intl;
use ui_common::text::colon;
use ui_common::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TableViewProps {
    pub lang: Lang,
    pub data: Shared<Signatories>,
    /// Every participant's name, in the widget's language.
    pub names: Shared<Index>,
    /// The codes the search keeps (all when it is empty).
    pub shown: Rc<Vec<String>>,
    pub sort: Sort,
    /// A column header was pressed.
    pub on_sort: Callback<Column>,
}

#[function_component(TableView)]
pub fn table_view(props: &TableViewProps) -> Html {
    let text = Text::for_lang(props.lang);
    let lang = props.lang;
    let name = |code: &str| name_of(&props.names, code);
    // Each row's name once: the sort compares it and the row shows it.
    let mut rows: Vec<(String, &Participant)> =
        props.data.participants.iter().filter(|p| props.shown.contains(&p.iso2)).map(|p| (name(&p.iso2), p)).collect();
    let Sort { column, ascending } = props.sort;
    let collator = (column == Column::Name).then(|| intl::collator(lang.code())).flatten();
    // One comparison for the three columns, through core-sort (std's sort would be a copy of
    // its code per call site).
    core_sort::sort_by(&mut rows, |(name_a, a), (name_b, b)| match column {
        Column::Name => collator.as_ref().map_or_else(|| name_a.cmp(name_b), |c| c.order(name_a, name_b)),
        Column::Signature => signature_key(a).cmp(&signature_key(b)),
        Column::Ratification => ratification_key(a).cmp(&ratification_key(b)),
    });
    if !ascending {
        rows.reverse();
    }
    let header = |label: &'static str, col: Column| {
        let onclick = props.on_sort.reform(move |_: MouseEvent| col);
        let sort = match (column == col, ascending) {
            (true, true) => "ascending",
            (true, false) => "descending",
            _ => "none",
        };
        html! {
            <th scope="col" aria-sort={sort}>
                <button type="button" class="aw-sort" {onclick}>
                    { label }<span aria-hidden="true">{ match sort { "ascending" => " ▲", "descending" => " ▼", _ => "" } }</span>
                </button>
            </th>
        }
    };
    // Column names in the reader's language; the cells keep the editor's format, so it imports.
    let csv = use_memo((props.data.clone(), lang), |(data, lang)| {
        format!(
            "data:text/csv;charset=utf-8,{}",
            String::from(js_sys::encode_uri_component(&format!("\u{feff}{}", core_treaty::to_csv_for(data, *lang))))
        )
    });
    // No downloads in a frame sandboxed like WordPress's oEmbed: a link to the map's own page instead.
    let sandboxed = use_memo((), |_| ui_common::sandbox::opaque_frame_page());
    // Shown before the value when the rows stack (narrow widths; see map.css).
    let signature_label = AttrValue::from(format!("{}{}", text.signature, colon(lang)));
    let ratification_label = AttrValue::from(format!("{}{}", text.ratification, colon(lang)));
    html! {
        <div class="aw-map-table-wrap">
            <table class="aw-map-table">
                <caption class="aw-visually-hidden">{ text.title }</caption>
                <thead>
                    <tr>
                        { header(text.country, Column::Name) }
                        <th scope="col">{ text.status }</th>
                        { header(text.signature, Column::Signature) }
                        { header(text.ratification, Column::Ratification) }
                    </tr>
                </thead>
                <tbody>
                    { for rows.iter().map(|(name, p)| {
                        let status = p.status();
                        let signature = p.signature.as_ref().map(|s| signature_html(lang, text, s, false)).unwrap_or_default();
                        let ratification = p.ratification.as_ref().map(|r| ratification_text(lang, text, r)).unwrap_or_default();
                        html! {
                            <tr data-iso={p.iso2.clone()}>
                                <th scope="row">{ name.clone() }</th>
                                <td>{ swatch(status) }{ " " }{ status_text(text, status) }</td>
                                <td data-label={signature_label.clone()}>{ signature }</td>
                                <td data-label={ratification_label.clone()}>{ ratification }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            if let Some(page) = sandboxed.as_ref() {
                { ui_common::sandbox::sandbox_note(lang, page.clone().into()) }
            } else {
                <p><a class="aw-map-csv" href={(*csv).clone()} download="hanoi-convention-signatories.csv">{ text.download_csv }</a></p>
            }
        </div>
    }
}
