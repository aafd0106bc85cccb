package de.anliegen.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An open socket of a stream on a server node: while there is one, a consumer's app hears of news without a push. */
@Entity
@Table(name = "stream_socket")
@NamedQuery(name = StreamSocket.COUNT_OF_STREAM, query = """
        select count(s) from StreamSocket s where s.streamKey = :stream and s.seenAt > :since""")
@NamedQuery(name = StreamSocket.STREAMS_OPEN, query = """
        select distinct s.streamKey from StreamSocket s where s.streamKey in :streams and s.seenAt > :since""")
@NamedQuery(name = StreamSocket.SEEN, query = """
        update StreamSocket s set s.seenAt = :now where s.id in :ids""")
@NamedQuery(name = StreamSocket.DELETE_OF_NODE, query = """
        delete from StreamSocket s where s.node = :node""")
public class StreamSocket {

    public static final String COUNT_OF_STREAM = "StreamSocket.countOfStream";
    public static final String DELETE_OF_NODE = "StreamSocket.deleteOfNode";
    public static final String STREAMS_OPEN = "StreamSocket.streamsOpen";
    public static final String SEEN = "StreamSocket.seen";

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
