package de.anliegen.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** The last event number of a stream; locked while the next events are numbered, so that numbers have no gaps. */
@Entity
@Table(name = "stream_position")
@NamedQuery(name = StreamPosition.EXISTS, query = """
        select count(p) from StreamPosition p where p.streamKey = :stream""")
public class StreamPosition {

    public static final String EXISTS = "StreamPosition.exists";

    @Id
    @Column(name = "stream_key", length = 40)
    private String streamKey;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    protected StreamPosition() {}

    public StreamPosition(String streamKey) {
        this.streamKey = streamKey;
    }

    public long next() {
        return ++lastSeq;
    }

    public long lastSeq() {
        return lastSeq;
    }
}
