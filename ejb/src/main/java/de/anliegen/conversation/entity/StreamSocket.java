package de.anliegen.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An open socket of a stream on a server node: while there is one on a node that is alive ({@link StreamNode}), a
 * consumer's app hears of news without a push.
 */
@Entity
@Table(name = "stream_socket")
@NamedQuery(name = StreamSocket.STREAMS_OPEN, query = """
        select distinct s.streamKey from StreamSocket s, StreamNode n
        where s.streamKey in :streams and n.node = s.node and n.seenAt > :since""")
@NamedQuery(name = StreamSocket.DELETE_OF_NODE, query = """
        delete from StreamSocket s where s.node = :node""")
public class StreamSocket {

    public static final String DELETE_OF_NODE = "StreamSocket.deleteOfNode";
    public static final String STREAMS_OPEN = "StreamSocket.streamsOpen";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "stream_key", nullable = false, length = 40)
    private String streamKey;

    @Column(nullable = false, length = 100)
    private String node;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected StreamSocket() {}

    public StreamSocket(String streamKey, String node, Instant openedAt) {
        this.streamKey = streamKey;
        this.node = node;
        this.openedAt = openedAt;
        this.seenAt = openedAt;
    }

    public Long id() {
        return id;
    }
}
