package io.segsync.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Where the token may be sent: Segment's hosts, loopback over http, anything else only when asked. */
class ApiUrlTest {

    @Test
    void regionsMapToTheirHosts() {
        assertThat(ApiUrl.of(Region.US).toString()).isEqualTo("https://api.segmentapis.com");
        assertThat(ApiUrl.of(Region.EU).toString()).isEqualTo("https://eu1.api.segmentapis.com");
        assertThat(ApiUrl.parse("https://eu1.api.segmentapis.com/", false).region()).contains(Region.EU);
        assertThat(Region.parse("us")).isEqualTo(Region.US);
        assertThat(Region.parse(" EU ")).isEqualTo(Region.EU);
    }

    @Test
    void plainHttpOnlyToLoopback() {
        assertThat(ApiUrl.parse("http://127.0.0.1:8080", false).toString()).isEqualTo("http://127.0.0.1:8080");
        assertThat(ApiUrl.parse("http://localhost:1", false).region()).isEmpty();
        assertThat(ApiUrl.parse("http://[::1]:1", false)).isNotNull();
        assertThatThrownBy(() -> ApiUrl.parse("http://api.segmentapis.com", false)).hasMessageContaining("loopback");
        assertThatThrownBy(() -> ApiUrl.parse("http://10.0.0.1", true)).hasMessageContaining("loopback");
        assertThatThrownBy(() -> ApiUrl.parse("http://localhost.evil.example", true)).hasMessageContaining("loopback");
    }

    @Test
    void otherHttpsHostsNeedTheOptIn() {
        assertThatThrownBy(() -> ApiUrl.parse("https://api.segmentapis.co", false)).hasMessageContaining("--allow-custom-host");
        assertThatThrownBy(() -> ApiUrl.parse("https://segmentapis.com.evil.example", false)).hasMessageContaining("--allow-custom-host");
        assertThat(ApiUrl.parse("https://proxy.example.com", true).toString()).isEqualTo("https://proxy.example.com");
        assertThatThrownBy(() -> ApiUrl.parse("https://user:pw@api.segmentapis.com", false)).hasMessageContaining("credentials");
        assertThatThrownBy(() -> ApiUrl.parse("ftp://api.segmentapis.com", false)).hasMessageContaining("http(s)");
    }
}
