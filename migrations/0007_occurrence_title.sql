-- An occurrence of a series may have a title of its own ("this occurrence only": the
-- weekly meeting that is a training session this once). NULL: the series' title.
ALTER TABLE appointment_override
    ADD COLUMN title TEXT CHECK (title IS NULL OR length(trim(title)) > 0);
