//! The demo site's pages: each `www/<page>.html` holds only its `<body>`, after a block that names
//! its title and extra `<head>` lines:
//!
//! ```text
//! <!--page
//! title: For teachers
//! head: <link rel="stylesheet" href="teachers.css">
//! -->
//! <body> … {{NAV}} … </body>
//! ```
//!
//! `cargo xtask dist` writes each into `www/_page.html`, the one template with the shared head
//! (CSP, icon, stylesheet, the site script), and puts the static fallback navigation (English,
//! the current page marked) where the body says `{{NAV}}`. The site script replaces that
//! navigation with the translated one; both take the page list from `core_i18n::builder`.

use crate::Result;
use core_i18n::{builder, Catalog, Lang};
use std::path::Path;

pub const TEMPLATE: &str = "_page.html";
const PAGE_BLOCK: &str = "<!--page\n";

/// Whether `text` is a page source (starts with the page block).
pub fn is_page_source(text: &str) -> bool {
    text.starts_with(PAGE_BLOCK)
}

/// A page source, split.
#[derive(Debug, PartialEq)]
struct PageSource<'a> {
    title: &'a str,
    head: Vec<&'a str>,
    body: &'a str,
}

fn split<'a>(file: &str, text: &'a str) -> Result<PageSource<'a>> {
    let rest = text.strip_prefix(PAGE_BLOCK).ok_or_else(|| format!("{file}: does not start with `<!--page`"))?;
    let (block, body) = rest.split_once("-->\n").ok_or_else(|| format!("{file}: the page block has no `-->`"))?;
    let (mut title, mut head) = (None, Vec::new());
    for (i, line) in block.lines().enumerate() {
        match line.split_once(':').map(|(k, v)| (k.trim(), v.trim())) {
            Some(("title", value)) => title = Some(value),
            Some(("head", value)) => head.push(value),
            _ => return Err(format!("{file}:{}: expected `title:` or `head:`, found `{line}`", i + 2).into()),
        }
    }
    let title = title.ok_or_else(|| format!("{file}: the page block has no `title:` line"))?;
    if body.matches("{{NAV}}").count() != 1 {
        return Err(format!("{file}: the body must say {{{{NAV}}}} once, where the navigation goes").into());
    }
    Ok(PageSource { title, head, body })
}

/// The fallback navigation in English, `file` marked as the current page.
fn nav(file: &str) -> String {
    let text = builder::Text::for_lang(Lang::En);
    let mut out = format!("<nav aria-label=\"{}\">\n        <ul>\n", text.nav_label);
    for (page, label) in builder::site_pages(text) {
        let current = if page == file { " aria-current=\"page\"" } else { "" };
        out += &format!("          <li><a href=\"{page}\"{current}>{label}</a></li>\n");
    }
    out + "        </ul>\n      </nav>"
}

/// The whole page `file` (e.g. `news.html`) from its source and the template.
pub fn render(template: &str, file: &str, source: &str) -> Result<String> {
    let page = split(file, source)?;
    let site = builder::Text::for_lang(Lang::En).site_title;
    let title = if page.title.is_empty() { site.to_string() } else { format!("{} · {site}", page.title) };
    let head: String = page.head.iter().map(|line| format!("  {line}\n")).collect();
    // The template's own note (the comment after the doctype) is for us, not for readers.
    let template = match template
        .split_once("<!-- Template")
        .and_then(|(before, rest)| Some((before, rest.split_once("-->\n")?.1)))
    {
        Some((before, after)) => format!("{before}{after}"),
        None => template.to_string(),
    };
    Ok(template
        .replace("{{TITLE}}", &title)
        .replace("{{HEAD}}\n", &head)
        .replace("{{BODY}}\n", &page.body.replace("{{NAV}}", &nav(file))))
}

/// Writes every page source of `www` into `dist`, rendered.
pub fn write_pages(www: &Path, dist: &Path) -> Result {
    let template = std::fs::read_to_string(www.join(TEMPLATE))?;
    for entry in std::fs::read_dir(www)? {
        let path = entry?.path();
        let Some(file) = path.file_name().and_then(|n| n.to_str()).map(str::to_string) else { continue };
        if !file.ends_with(".html") || file == TEMPLATE {
            continue;
        }
        let source = std::fs::read_to_string(&path)?;
        if is_page_source(&source) {
            std::fs::write(dist.join(&file), render(&template, &file, &source)?)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE_TEXT: &str = "<head>\n<title>{{TITLE}}</title>\n{{HEAD}}\n</head>\n{{BODY}}\n</html>\n";

    #[test]
    fn a_page_gets_the_template_its_title_head_lines_and_navigation() {
        let source = "<!--page\ntitle: For teachers\nhead: <link rel=\"stylesheet\" href=\"t.css\">\n-->\n<body>\n{{NAV}}\n</body>\n";
        let page = render(TEMPLATE_TEXT, "teachers.html", source).unwrap();
        assert!(page.contains("<title>For teachers · Hanoi Convention awareness widgets</title>"), "{page}");
        assert!(page.contains("  <link rel=\"stylesheet\" href=\"t.css\">\n</head>"), "{page}");
        assert!(page.contains("<a href=\"teachers.html\" aria-current=\"page\">For teachers</a>"), "{page}");
        assert!(page.contains("<a href=\"index.html\">Embed-code builder</a>"), "{page}");
        assert!(!page.contains("{{"), "{page}");
        assert!(page.ends_with("</body>\n</html>\n"), "{page}");
    }

    #[test]
    fn the_front_page_has_the_site_title_alone() {
        let page = render(TEMPLATE_TEXT, "index.html", "<!--page\ntitle:\n-->\n<body>{{NAV}}</body>\n").unwrap();
        assert!(page.contains("<title>Hanoi Convention awareness widgets</title>"), "{page}");
    }

    #[test]
    fn a_broken_page_block_says_where() {
        let err = render(TEMPLATE_TEXT, "x.html", "<!--page\ntitle: X\nstyle: a.css\n-->\n<body>{{NAV}}</body>\n");
        assert!(err.unwrap_err().to_string().contains("x.html:3: expected `title:` or `head:`"));
        let err = render(TEMPLATE_TEXT, "x.html", "<!--page\ntitle: X\n-->\n<body></body>\n");
        assert!(err.unwrap_err().to_string().contains("{{NAV}} once"));
    }

    #[test]
    fn every_site_page_in_www_renders() {
        let www = crate::root().join("www");
        let template = std::fs::read_to_string(www.join(TEMPLATE)).unwrap();
        let mut pages = 0;
        for (file, _) in builder::site_pages(builder::Text::for_lang(Lang::En)) {
            let source = std::fs::read_to_string(www.join(file)).unwrap();
            let page = render(&template, file, &source).unwrap();
            assert!(page.starts_with("<!DOCTYPE html>\n<html") && page.contains("site/site.js"), "{file}");
            pages += 1;
        }
        assert_eq!(pages, 5);
    }
}
