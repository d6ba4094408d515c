package bench.reference;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/** A bare Spring Shell application: `java -jar reference.jar hello` prints a greeting and exits. */
@SpringBootApplication
public class HelloApplication {

    public static void main(String[] args) {
        SpringApplication.run(HelloApplication.class, args);
    }

    @Component
    public static class HelloCommand {

        @Command(name = "hello", description = "Say hello")
        public String hello() {
            return "hello";
        }
    }
}
