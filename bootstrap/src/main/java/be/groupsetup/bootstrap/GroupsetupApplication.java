package be.groupsetup.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GroupsetupApplication {

    public static void main(String[] args) {
        SpringApplication.run(GroupsetupApplication.class, args);
    }
}
