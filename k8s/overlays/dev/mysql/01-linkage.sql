-- Runs once, when the MySQL data directory is first initialised (docker-entrypoint-initdb.d).
-- The `linkage` user itself is created by the mysql image from MYSQL_USER / MYSQL_PASSWORD, so its
-- password comes from the environment and is not written here. The same script is used by the k8s dev
-- overlay (k8s/overlays/dev/mysql/01-linkage.sql must stay identical; test/deploy checks it).

-- One database per service (libs/config/src/services.ts). The services would create a missing one
-- themselves, but creating them here gives them the right character set from the start.
CREATE DATABASE IF NOT EXISTS `linkage_identity` CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE DATABASE IF NOT EXISTS `linkage_volunteers` CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE DATABASE IF NOT EXISTS `linkage_partners` CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE DATABASE IF NOT EXISTS `linkage_screening` CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE DATABASE IF NOT EXISTS `linkage_counselling` CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;

-- Every linkage_* database, including ones created later: services create theirs if it is missing and
-- run their migrations on boot, so they need CREATE (and everything else) on the whole pattern.
GRANT ALL PRIVILEGES ON `linkage\_%`.* TO 'linkage'@'%';
FLUSH PRIVILEGES;
