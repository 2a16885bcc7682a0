<?php
// Decoy written for the phigate scan corpus: Guzzle clients built the same way as the real Magento AI
// modules, but pointed at the shop's own API and at a local phigate gateway. No external AI call.

declare(strict_types=1);

namespace Acme\Telehealth\Model;

use GuzzleHttp\Client;
use GuzzleHttp\ClientFactory;
use Magento\Customer\Model\Session;

class ShopApiClient
{
    private const SHOP_API = 'https://shop.acme-telehealth.local/rest/V1/';
    private const GATEWAY = 'http://127.0.0.1:8080/v1/chat/completions';

    public function __construct(
        private readonly ClientFactory $clientFactory,
        private readonly Session $customerSession
    ) {
    }

    public function syncProfile(): void
    {
        $customer = $this->customerSession->getCustomer();
        $client = $this->clientFactory->create(['config' => ['base_uri' => self::SHOP_API]]);
        $client->post('customers/me', ['json' => [
            'email' => $customer->getEmail(),
            'dob' => $customer->getDob(),
        ]]);
    }

    public function summarise(string $notes): string
    {
        // The gateway de-identifies before any model sees the text.
        $gateway = new Client(['base_uri' => self::GATEWAY, 'timeout' => 10]);
        $response = $gateway->post('', ['json' => [
            'model' => 'default',
            'messages' => [['role' => 'user', 'content' => $notes]],
        ]]);
        // $openai = new Client(['base_uri' => 'https://api.openai.com/v1/']); // removed: went direct
        return (string) $response->getBody();
    }
}
