//! Tables: telling data tables from layout tables, and reading rows and cells.

use markup5ever::local_name;

use crate::dom::{Dom, NodeData, NodeId};
use crate::model::Cell;

use super::blocks::Para;
use super::prune::Pruned;
use super::walk::Ctx;

/// Largest number of nested tables allowed inside a data table: layout grids nest,
/// data tables do not.
const MAX_NESTED_TABLES: usize = 0;

/// A data table has header cells, a caption or `<thead>`, or is a plain grid of at
/// least two rows and two columns with no nested tables and no `role=presentation`.
pub fn is_data_table(dom: &Dom, table: NodeId, pruned: &[Option<Pruned>]) -> bool {
    if dom
        .attr(table, &local_name!("role"))
        .is_some_and(|r| r.eq_ignore_ascii_case("presentation") || r.eq_ignore_ascii_case("none"))
    {
        return false;
    }
    let mut nested = 0usize;
    let mut rows = 0usize;
    let mut max_cells = 0usize;
    let mut header = false;
    let mut blocks = 0usize;
    let mut walk = dom.descendants(table);
    walk.next();
    while let Some(id) = walk.next() {
        if pruned.get(id.ix()).copied().flatten().is_some() {
            walk.skip_subtree(id);
            continue;
        }
        let Some(tag) = dom.tag(id) else { continue };
        match *tag {
            local_name!("table") => {
                nested += 1;
                walk.skip_subtree(id);
            }
            local_name!("tr") => {
                rows += 1;
                let cells = dom
                    .children(id)
                    .filter(|&c| dom.is(c, &local_name!("td")) || dom.is(c, &local_name!("th")))
                    .count();
                max_cells = max_cells.max(cells);
            }
            local_name!("th") | local_name!("thead") | local_name!("caption") => header = true,
            local_name!("p")
            | local_name!("div")
            | local_name!("ul")
            | local_name!("ol")
            | local_name!("h1")
            | local_name!("h2")
            | local_name!("h3") => blocks += 1,
            _ => {}
        }
    }
    if nested > MAX_NESTED_TABLES || max_cells < 2 {
        return false;
    }
    header || (rows >= 2 && blocks <= rows)
}

/// Rows of a data table, each a list of cells with inline text.
pub fn table_rows(
    dom: &Dom,
    table: NodeId,
    pruned: &[Option<Pruned>],
    push: &dyn Fn(&mut Para, &str, Ctx),
    ctx: &[Ctx],
) -> Vec<Vec<Cell>> {
    let mut rows = Vec::new();
    let mut walk = dom.descendants(table);
    walk.next();
    while let Some(id) = walk.next() {
        if pruned.get(id.ix()).copied().flatten().is_some() {
            walk.skip_subtree(id);
            continue;
        }
        if !dom.is(id, &local_name!("tr")) {
            continue;
        }
        walk.skip_subtree(id);
        let mut row = Vec::new();
        for cell in dom.children(id) {
            let header = dom.is(cell, &local_name!("th"));
            if !header && !dom.is(cell, &local_name!("td")) {
                continue;
            }
            row.push(Cell {
                spans: inline_text(dom, cell, pruned, push, ctx).take(),
                header,
            });
        }
        if row.iter().any(|c| !c.spans.is_empty()) {
            rows.push(row);
        }
    }
    rows
}

/// The table's `<caption>`, its title, as inline text: empty when it has none.
pub fn caption(
    dom: &Dom,
    table: NodeId,
    pruned: &[Option<Pruned>],
    push: &dyn Fn(&mut Para, &str, Ctx),
    ctx: &[Ctx],
) -> Para {
    dom.children(table)
        .find(|&c| dom.is(c, &local_name!("caption")))
        .filter(|c| pruned.get(c.ix()).copied().flatten().is_none())
        .map(|c| inline_text(dom, c, pruned, push, ctx))
        .unwrap_or_default()
}

/// The text under `node`, pruned parts left out, block boundaries and `<br>` spaced.
fn inline_text(
    dom: &Dom,
    node: NodeId,
    pruned: &[Option<Pruned>],
    push: &dyn Fn(&mut Para, &str, Ctx),
    ctx: &[Ctx],
) -> Para {
    let apart = |n: NodeId| {
        super::blocks::reads_apart(dom, n, ctx.get(n.ix()).copied().unwrap_or_default())
    };
    let mut para = Para::default();
    let mut inner = dom.descendants(node);
    while let Some(n) = inner.next() {
        if pruned.get(n.ix()).copied().flatten().is_some() {
            inner.skip_subtree(n);
            continue;
        }
        match dom.get(n).map(|x| &x.data) {
            Some(NodeData::Text(t)) => {
                push(&mut para, t, ctx.get(n.ix()).copied().unwrap_or_default())
            }
            Some(NodeData::Element(_))
                if dom.tag(n).is_some_and(|t| {
                    crate::heuristics::is_block_tag(t) || *t == local_name!("br")
                }) =>
            {
                para.push_text(" ", Default::default(), None)
            }
            // Styled items side by side read apart, as in running text.
            Some(NodeData::Element(_)) if apart(n) => para.mark_apart(),
            _ => {}
        }
    }
    para
}
