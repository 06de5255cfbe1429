package com.anjian.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** That a login has read a notification. */
@Entity
@Table(name = "notification_read")
@IdClass(NotificationRead.Key.class)
public class NotificationRead extends PanacheEntityBase {

    public static class Key implements Serializable {
        public Long notificationId;
        public String login;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(notificationId, key.notificationId)
                    && java.util.Objects.equals(login, key.login);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(notificationId, login);
        }
    }

    @Id
    @Column(name = "notification_id")
    public Long notificationId;

    @Id
    public String login;

    @Column(name = "read_at")
    public Instant readAt;
}
