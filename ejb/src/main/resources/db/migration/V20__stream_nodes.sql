-- Presence without a write per socket: each server node marks itself alive every minute; a socket row counts as an
-- open app while its node is alive (a node that died stops marking, and its sockets stop counting).
CREATE TABLE stream_node (
    node    VARCHAR(100) NOT NULL PRIMARY KEY,
    seen_at DATETIME(6)  NOT NULL
);
