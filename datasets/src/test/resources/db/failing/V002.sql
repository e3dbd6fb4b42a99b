-- bad: a table, then a statement that fails
CREATE TABLE b (x INTEGER);
SELECT * FROM missing_table;
