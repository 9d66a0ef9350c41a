-- The account Linkage's services and tests use (password from MYSQL_PASSWORD, default "linkage").
-- Each service owns one database linkage_<service>; tests create linkage_<service>_t<run> per file.
CREATE USER IF NOT EXISTS 'linkage'@'localhost' IDENTIFIED BY 'linkage';
CREATE USER IF NOT EXISTS 'linkage'@'127.0.0.1' IDENTIFIED BY 'linkage';
CREATE USER IF NOT EXISTS 'linkage'@'%' IDENTIFIED BY 'linkage';
GRANT ALL PRIVILEGES ON `linkage\_%`.* TO 'linkage'@'localhost';
GRANT ALL PRIVILEGES ON `linkage\_%`.* TO 'linkage'@'127.0.0.1';
GRANT ALL PRIVILEGES ON `linkage\_%`.* TO 'linkage'@'%';
