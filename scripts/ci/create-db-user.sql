-- The account Linkage's services and tests use by default (MYSQL_USER / MYSQL_PASSWORD unset: linkage /
-- linkage). Each service owns one database linkage_<service>; tests create linkage_<service>_t<run> per file.
-- `npm start`, the test harness and `npm run db:setup` run these statements themselves through the local
-- root socket when they can. They come from dbUserStatements() in libs/database/src/db-user-setup.ts
-- (`npm run -s db:setup -- --sql` prints them for other credentials); a unit test keeps this file equal.
CREATE USER IF NOT EXISTS 'linkage'@'localhost' IDENTIFIED BY 'linkage';
CREATE USER IF NOT EXISTS 'linkage'@'127.0.0.1' IDENTIFIED BY 'linkage';
CREATE USER IF NOT EXISTS 'linkage'@'%' IDENTIFIED BY 'linkage';
GRANT ALL PRIVILEGES ON `linkage\_%`.* TO 'linkage'@'localhost';
GRANT ALL PRIVILEGES ON `linkage\_%`.* TO 'linkage'@'127.0.0.1';
GRANT ALL PRIVILEGES ON `linkage\_%`.* TO 'linkage'@'%';
