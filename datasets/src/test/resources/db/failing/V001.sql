-- good: one table
CREATE TABLE a (x INTEGER);
