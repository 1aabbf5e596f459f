package org.entente;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entente: an open crisis-response system for collective-security treaty organizations. */
@SpringBootApplication
public class EntenteApplication {

    public static void main(String[] args) {
        SpringApplication.run(EntenteApplication.class, args);
    }
}
