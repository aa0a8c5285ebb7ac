package dev.vigie.notify;

import dev.vigie.alert.Alert;
import dev.vigie.alert.ChannelTarget;
import dev.vigie.io.Reasons;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/** Sends an alert as a plain-text e-mail through Jakarta Mail (Eclipse Angus Mail). */
final class MailSender {

    private static final String TIMEOUT_MILLIS = "20000";

    void send(ChannelTarget.Email target, Alert alert) throws DeliveryFailure {
        Optional<String> password = password(target);
        Properties props = new Properties();
        props.put("mail.smtp.host", target.host());
        props.put("mail.smtp.port", String.valueOf(target.port()));
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        switch (target.security()) {
            case STARTTLS -> {
                props.put("mail.smtp.starttls.enable", "true");
                props.put("mail.smtp.starttls.required", "true");
            }
            case TLS -> props.put("mail.smtp.ssl.enable", "true");
            case NONE -> {
            }
        }
        props.put("mail.smtp.auth", String.valueOf(target.user().isPresent()));
        Session session = Session.getInstance(props);
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(target.from().or(target::user).orElse("vigie@localhost")));
            for (String to : target.to()) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
            }
            message.setSubject(alert.title(), StandardCharsets.UTF_8.name());
            message.setText(Texts.digest(alert), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(alert.checkedAt()));
            if (target.user().isPresent()) {
                Transport.send(message, target.user().get(), password.orElse(""));
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            throw new DeliveryFailure(e, "error.alert.smtp", target.host() + ":" + target.port(), Reasons.of(e));
        }
    }

    /** Read at each sending, so that a changed password file is used without touching Vigie. */
    private static Optional<String> password(ChannelTarget.Email target) throws DeliveryFailure {
        if (target.passwordFile().isEmpty()) {
            return Optional.empty();
        }
        Path file = Path.of(target.passwordFile().get());
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new DeliveryFailure(e, "error.alert.passwordFile", file.toString(), Reasons.of(e));
        }
    }
}
