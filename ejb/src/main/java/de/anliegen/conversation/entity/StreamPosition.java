package de.anliegen.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** The last event number of a stream; only the sequencer, holding its lease, moves it. */
@Entity
@Table(name = "stream_position")
@NamedQuery(name = StreamPosition.OF_STREAMS, query = """
        select p from StreamPosition p where p.streamKey in :streams""")
public class StreamPosition {

    public static final String OF_STREAMS = "StreamPosition.ofStreams";

    @Id
    @Column(name = "stream_key", length = 40)
    private String streamKey;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    protected StreamPosition() {}

    public StreamPosition(String streamKey, long lastSeq) {
        this.streamKey = streamKey;
        this.lastSeq = lastSeq;
    }

    public String streamKey() {
        return streamKey;
    }

    /** The stream's events up to this number are stored. */
    public void moveTo(long seq) {
        lastSeq = seq;
    }

    public long lastSeq() {
        return lastSeq;
    }
}
