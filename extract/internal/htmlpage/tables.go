package htmlpage

import (
	"strings"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"golang.org/x/net/html/atom"
)

// maxCellText is the length of text above which a cell is not data but a
// column of the page's layout, as old pages set their text in tables.
const maxCellText = 400

// Separators of a table's text: between the cells of a row, and between
// rows.
const (
	CellSeparator = " | "
	RowSeparator  = "\n"
)

// joinTables makes one Table block of the cells of each table of data in
// the body, with its rows and cells, in place of the first; the other body
// blocks of the table's cells are left out, and its other blocks (a
// caption, boilerplate) stay where they are. A table that lays out the page
// rather than holding data (a cell of long text, a table inside it) keeps
// its blocks as they are. The blocks are those of the walker, one for one,
// and chosen tells which are in the content.
func joinTables(w *walker, s *structure, bs []blocks.Block, chosen []bool) []blocks.Block {
	var out []blocks.Block  // made at the first table joined
	var data map[int32]bool // tables found to be data, by elem
	done := int32(-1)       // the last table joined
	for i := 0; i < len(bs); i++ {
		t := s.table[w.blocks[i].elem]
		keep := t < 0 || !bs[i].IsBody()
		if !keep && t != done {
			if data == nil {
				data = map[int32]bool{}
			}
			ok, seen := data[t]
			if !seen {
				ok = isDataTable(w, s, t)
				data[t] = ok
			}
			if ok {
				if out == nil {
					out = append(make([]blocks.Block, 0, len(bs)), bs[:i]...)
				}
				out = append(out, tableBlock(w, s, bs, chosen, t))
				done = t
				continue
			}
			keep = true
		}
		if keep && out != nil {
			out = append(out, bs[i])
		}
		// A body block of the table already joined is left out.
	}
	if out == nil {
		return bs
	}
	return out
}

// isCell reports whether block i is a cell's text of the table joined: in
// the content, and not a caption or a line of the page's head.
func isCell(bs []blocks.Block, chosen []bool, i int) bool {
	switch bs[i].Role {
	case blocks.Caption, blocks.Headline, blocks.PageTitle:
		return false
	}
	return chosen[i]
}

// isDataTable reports whether the table at elem t holds data: no table
// inside it, no cell of long text, and two cells or more.
func isDataTable(w *walker, s *structure, t int32) bool {
	cells := 0
	e := &w.elems[t]
	for j := t + 1; j < e.after; j++ {
		switch w.elems[j].node.DataAtom {
		case atom.Table:
			return false
		case atom.Td, atom.Th:
			if w.textLen(j) > maxCellText {
				return false
			}
			cells++
		}
	}
	return cells >= 2
}

// tableBlock returns the Table block of the table at elem t: the texts of
// its cells in the content, grouped by row and cell.
func tableBlock(w *walker, s *structure, bs []blocks.Block, chosen []bool, t int32) blocks.Block {
	e := &w.elems[t]
	var rows [][]string
	var links []blocks.Link
	row, cell := int32(-2), int32(-2)
	for j := e.first; j < e.end; j++ {
		if !isCell(bs, chosen, int(j)) {
			continue
		}
		el := w.blocks[j].elem
		if s.table[el] != t {
			continue
		}
		text := bs[j].Text
		links = append(links, bs[j].Links...)
		switch {
		case s.row[el] != row || rows == nil:
			rows = append(rows, []string{text})
		case s.cell[el] != cell || s.cell[el] < 0:
			rows[len(rows)-1] = append(rows[len(rows)-1], text)
		default:
			r := rows[len(rows)-1]
			r[len(r)-1] += " " + text
		}
		row, cell = s.row[el], s.cell[el]
	}
	return blocks.Block{Text: tableText(rows), Role: blocks.Table, Rows: rows, Links: links}
}

// tableText joins the rows of a table into its text.
func tableText(rows [][]string) string {
	lines := make([]string, len(rows))
	for i, r := range rows {
		lines[i] = strings.Join(r, CellSeparator)
	}
	return strings.Join(lines, RowSeparator)
}
