-- issue labels: the order a labeller listed its themes, and "not annotated" kept apart from "no theme"

-- Every command that shows or scores a primary theme reads the lowest rank, so they all agree on it.
ALTER TABLE issue_labels ADD COLUMN rank INTEGER; -- position of a theme or sub-theme in the labeller's list, 0 = the primary one; null for ptm and type rows

-- A blank themes or subthemes cell is "not annotated" (null), never "no theme" (an empty list).
ALTER TABLE annotations ALTER COLUMN themes DROP NOT NULL;
ALTER TABLE annotations ALTER COLUMN subthemes DROP NOT NULL;
